package io.remoteassist.policy.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The position of an organizational unit in the domain, as the OU names from the domain root down to the OU.
 * The textual form joins them with {@code /}, e.g. {@code Sales/Laptops}. {@link #ROOT} (no names, textual
 * form {@code /} or empty) is the domain itself: objects there are in no OU.
 *
 * <p>Names compare ignoring case, as directory names do.
 *
 * @param names OU names from the root down, each non-blank, without {@code /}
 */
public record OuPath(List<String> names) {

    /** The domain root. */
    public static final OuPath ROOT = new OuPath(List.of());

    public OuPath {
        names = List.copyOf(Objects.requireNonNull(names, "names"));
        for (String name : names) {
            if (name.isBlank() || name.contains("/") || !name.strip().equals(name)) {
                throw new IllegalArgumentException("invalid OU name '" + name + "'");
            }
        }
    }

    /**
     * Parses {@code A/B/C}; {@code ""} and {@code "/"} are the root. Leading and trailing slashes are ignored.
     *
     * @throws IllegalArgumentException when a name is empty
     */
    public static OuPath parse(String text) {
        String t = text.strip();
        if (t.startsWith("/")) {
            t = t.substring(1);
        }
        if (t.endsWith("/")) {
            t = t.substring(0, t.length() - 1);
        }
        if (t.isEmpty()) {
            return ROOT;
        }
        List<String> names = new ArrayList<>();
        for (String part : t.split("/", -1)) {
            if (part.isBlank()) {
                throw new IllegalArgumentException("empty OU name in '" + text + "'");
            }
            names.add(part.strip());
        }
        return new OuPath(names);
    }

    /** True for the domain root. */
    public boolean isRoot() {
        return names.isEmpty();
    }

    /** The OU's own name; throws {@link IllegalStateException} for the root. */
    public String name() {
        if (isRoot()) {
            throw new IllegalStateException("the root has no name");
        }
        return names.get(names.size() - 1);
    }

    /** The parent OU, or the root; throws {@link IllegalStateException} for the root. */
    public OuPath parent() {
        if (isRoot()) {
            throw new IllegalStateException("the root has no parent");
        }
        return new OuPath(names.subList(0, names.size() - 1));
    }

    /** The child OU with the given name. */
    public OuPath child(String name) {
        List<String> child = new ArrayList<>(names);
        child.add(name);
        return new OuPath(child);
    }

    /** Every OU from the top-level one down to this one (empty for the root). */
    public List<OuPath> chain() {
        List<OuPath> chain = new ArrayList<>();
        for (int i = 1; i <= names.size(); i++) {
            chain.add(new OuPath(names.subList(0, i)));
        }
        return chain;
    }

    /** A case-insensitive key for lookups. */
    public String key() {
        return toString().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return String.join("/", names);
    }
}
