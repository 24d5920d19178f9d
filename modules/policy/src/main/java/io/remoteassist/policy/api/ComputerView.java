package io.remoteassist.policy.api;

import java.util.List;
import java.util.Objects;

/**
 * A computer of the directory.
 *
 * @param fqdn        fully qualified DNS name, e.g. {@code pc1.contoso.com}
 * @param ipAddresses textual IPv4/IPv6 addresses, possibly empty
 * @param ou          the OU it belongs to ({@link OuPath#ROOT} when in no OU)
 * @param site        the site, or null when in no site
 */
public record ComputerView(String fqdn, List<String> ipAddresses, OuPath ou, String site) {

    public ComputerView {
        Objects.requireNonNull(fqdn, "fqdn");
        Objects.requireNonNull(ou, "ou");
        ipAddresses = List.copyOf(ipAddresses);
    }
}
