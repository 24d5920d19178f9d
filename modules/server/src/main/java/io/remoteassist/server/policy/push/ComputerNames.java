package io.remoteassist.server.policy.push;

import io.remoteassist.policy.api.ComputerView;
import io.remoteassist.policy.api.DirectoryView;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The directory's names of its computers, looked up by the name or the addresses an agent gives in its hello:
 * built once per directory snapshot, so a round over every agent does not scan the directory per agent.
 */
final class ComputerNames {

    private static final ComputerNames EMPTY = new ComputerNames(Map.of(), Map.of());

    private final Map<String, String> byName;
    private final Map<String, String> byAddress;

    private ComputerNames(Map<String, String> byName, Map<String, String> byAddress) {
        this.byName = byName;
        this.byAddress = byAddress;
    }

    static ComputerNames of(DirectoryView directory) {
        if (directory == null) {
            return EMPTY;
        }
        Map<String, String> byName = new HashMap<>();
        Map<String, String> byAddress = new HashMap<>();
        for (ComputerView c : directory.computers()) {
            byName.putIfAbsent(c.fqdn().toLowerCase(Locale.ROOT), c.fqdn());
            c.ipAddresses().forEach(ip -> byAddress.putIfAbsent(ip.toLowerCase(Locale.ROOT), c.fqdn()));
        }
        return new ComputerNames(byName, byAddress);
    }

    /** The directory's FQDN for this name, else for the first of these addresses it knows, else the name itself. */
    String resolve(String name, List<String> addresses) {
        String found = byName.get(name.toLowerCase(Locale.ROOT));
        for (int i = 0; found == null && i < addresses.size(); i++) {
            found = byAddress.get(addresses.get(i).toLowerCase(Locale.ROOT));
        }
        return found == null ? name : found;
    }
}
