package io.remoteassist.server.offer;

import java.util.List;

/** Body of {@code POST /api/computers}: an agent registers (or renews) its computer. */
public record RegistrationRequest(String fqdn, List<String> addresses, String user) {
}
