package io.remoteassist.agent.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Command-line arguments: positional words and {@code --name value} / {@code --flag} options. */
final class Args {

    private final List<String> positional = new ArrayList<>();
    private final Map<String, String> options = new HashMap<>();

    Args(String[] args, int from, List<String> flags) {
        for (int i = from; i < args.length; i++) {
            String a = args[i];
            if (a.startsWith("--")) {
                String name = a.substring(2);
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    options.put(name.substring(0, eq), name.substring(eq + 1));
                } else if (flags.contains(name)) {
                    options.put(name, "true");
                } else if (i + 1 < args.length) {
                    options.put(name, args[++i]);
                } else {
                    throw new UsageException("--" + name + " needs a value");
                }
            } else {
                positional.add(a);
            }
        }
    }

    String positional(int index, String what) {
        if (index >= positional.size()) {
            throw new UsageException(what + " is required");
        }
        return positional.get(index);
    }

    List<String> positionalFrom(int index) {
        return index >= positional.size() ? List.of() : List.copyOf(positional.subList(index, positional.size()));
    }

    int positionalCount() {
        return positional.size();
    }

    Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    String required(String name) {
        return option(name).orElseThrow(() -> new UsageException("--" + name + " is required"));
    }

    boolean flag(String name) {
        return options.containsKey(name);
    }
}
