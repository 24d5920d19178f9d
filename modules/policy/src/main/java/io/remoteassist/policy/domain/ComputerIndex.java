package io.remoteassist.policy.domain;

import io.remoteassist.policy.api.ComputerView;
import io.remoteassist.policy.api.DirectoryView;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The computers of a directory snapshot by FQDN (ignoring case) and by IP address, for lookups that would
 * otherwise scan the whole list: the same answers as {@link DirectoryView#findComputer}, in constant time.
 */
final class ComputerIndex {

    private final Map<String, ComputerView> byFqdn = new HashMap<>();
    private final Map<String, ComputerView> byAddress = new HashMap<>();

    ComputerIndex(DirectoryView directory) {
        for (ComputerView c : directory.computers()) {
            byFqdn.putIfAbsent(c.fqdn().toLowerCase(Locale.ROOT), c);
        }
        for (ComputerView c : directory.computers()) {
            c.ipAddresses().forEach(ip -> byAddress.putIfAbsent(ip.toLowerCase(Locale.ROOT), c));
        }
    }

    /** Finds a computer by FQDN, else by one of its addresses, the way {@link DirectoryView#findComputer} does. */
    Optional<ComputerView> find(String fqdnOrAddress) {
        String wanted = fqdnOrAddress.strip().toLowerCase(Locale.ROOT);
        ComputerView byName = byFqdn.get(wanted);
        return Optional.ofNullable(byName != null ? byName : byAddress.get(wanted));
    }
}
