package io.remoteassist.policy.domain;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Syntax checks of directory names; each returns the canonical form or throws {@link IllegalArgumentException}. */
final class DirectoryNames {

    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern NETBIOS = Pattern.compile("[A-Z0-9][A-Z0-9!@#$%^&'()._{}~-]{0,14}");
    private static final Pattern SITE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,62}");
    private static final String OCTET = "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
    private static final Pattern IPV4 = Pattern.compile(OCTET + "(\\." + OCTET + "){3}");
    private static final Pattern IPV6_CHARS = Pattern.compile("[0-9a-fA-F:.]{2,45}");

    private DirectoryNames() {
    }

    /** A DNS name of at least two labels, lower case. */
    static String dnsName(String name, String what) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        if (n.endsWith(".")) {
            n = n.substring(0, n.length() - 1);
        }
        String[] labels = n.split("\\.", -1);
        boolean valid = n.length() <= 253 && labels.length >= 2;
        for (String label : labels) {
            valid &= LABEL.matcher(label).matches();
        }
        if (!valid) {
            throw new IllegalArgumentException("invalid " + what + " '" + name + "': expected a DNS name such as "
                    + ("domain".equals(what) ? "contoso.com" : "pc1.contoso.com"));
        }
        return n;
    }

    /** A NetBIOS domain name, upper case; derived from the DNS name's first label when null. */
    static String netbiosName(String name, String dnsName) {
        String n = name == null ? dnsName.substring(0, dnsName.indexOf('.')) : name.strip();
        n = n.toUpperCase(Locale.ROOT);
        if (name == null && n.length() > 15) {
            n = n.substring(0, 15);
        }
        if (!NETBIOS.matcher(n).matches()) {
            throw new IllegalArgumentException("invalid NetBIOS domain name '" + n + "': 1 to 15 letters or digits");
        }
        return n;
    }

    /** A site name. */
    static String site(String name) {
        if (name == null || !SITE.matcher(name.strip()).matches()) {
            throw new IllegalArgumentException("invalid site name '" + name + "': letters, digits, - and _");
        }
        return name.strip();
    }

    /** A user or group account name without domain part. */
    static String account(String name) {
        PrincipalName principal = PrincipalName.parse(name == null ? "" : name);
        if (principal.domain() != null) {
            throw new IllegalArgumentException("an account name has no domain part: '" + name + "'");
        }
        return principal.name();
    }

    /** An IPv4 or IPv6 literal, never looked up in DNS. */
    static String ipAddress(String address) {
        String a = address == null ? "" : address.strip();
        if (IPV4.matcher(a).matches()) {
            return a;
        }
        if (a.contains(":") && IPV6_CHARS.matcher(a).matches()) {
            try {
                // a literal containing ':' is parsed, never resolved
                InetAddress.getByName(a);
                return a.toLowerCase(Locale.ROOT);
            } catch (UnknownHostException | IllegalArgumentException e) {
                // fall through to the error below
            }
        }
        throw new IllegalArgumentException("invalid IP address '" + address + "'");
    }
}
