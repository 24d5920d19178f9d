package io.remoteassist.policy.api;

import java.util.Locale;
import java.util.Objects;

/**
 * A container policy objects apply from (a scope of management): the local computer, a site, the domain or
 * an organizational unit. The textual form is {@code kind:name}, e.g. {@code site:Paris},
 * {@code domain:contoso.com}, {@code ou:Sales/Laptops}, {@code local:pc1.contoso.com}.
 *
 * @param kind the kind, never null
 * @param name the computer FQDN, site name, domain DNS name or OU path ({@link OuPath#toString()})
 */
public record ContainerRef(ContainerKind kind, String name) {

    public ContainerRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        if (kind != ContainerKind.ORGANIZATIONAL_UNIT && name.isBlank()) {
            throw new IllegalArgumentException("a " + kind + " container needs a name");
        }
        if (kind == ContainerKind.ORGANIZATIONAL_UNIT) {
            OuPath path = OuPath.parse(name);
            if (path.isRoot()) {
                throw new IllegalArgumentException("an OU container needs an OU path");
            }
            name = path.toString();
        }
    }

    /** The local policy of a computer. */
    public static ContainerRef local(String fqdn) {
        return new ContainerRef(ContainerKind.LOCAL, fqdn);
    }

    /** A site. */
    public static ContainerRef site(String name) {
        return new ContainerRef(ContainerKind.SITE, name);
    }

    /** The domain, by DNS name. */
    public static ContainerRef domain(String dnsName) {
        return new ContainerRef(ContainerKind.DOMAIN, dnsName);
    }

    /** An organizational unit (not the root). */
    public static ContainerRef ou(OuPath path) {
        return new ContainerRef(ContainerKind.ORGANIZATIONAL_UNIT, path.toString());
    }

    /**
     * Parses {@code local:}, {@code site:}, {@code domain:} or {@code ou:} followed by the name.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static ContainerRef parse(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException(
                    "expected site:<name>, domain:<name>, ou:<path> or local:<fqdn>, got '" + text + "'");
        }
        String name = text.substring(colon + 1).strip();
        return switch (text.substring(0, colon).strip().toLowerCase(Locale.ROOT)) {
            case "local" -> local(name);
            case "site" -> site(name);
            case "domain" -> domain(name);
            case "ou" -> ou(OuPath.parse(name));
            default -> throw new IllegalArgumentException("unknown container kind in '" + text + "'");
        };
    }

    /** The OU path of an OU container; throws {@link IllegalStateException} for other kinds. */
    public OuPath ouPath() {
        if (kind != ContainerKind.ORGANIZATIONAL_UNIT) {
            throw new IllegalStateException(this + " is not an OU");
        }
        return OuPath.parse(name);
    }

    /** A case-insensitive key for lookups. */
    public String key() {
        return toString().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        String prefix = switch (kind) {
            case LOCAL -> "local";
            case SITE -> "site";
            case DOMAIN -> "domain";
            case ORGANIZATIONAL_UNIT -> "ou";
        };
        return prefix + ":" + name;
    }
}
