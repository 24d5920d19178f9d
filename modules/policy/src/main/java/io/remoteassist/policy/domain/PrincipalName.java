package io.remoteassist.policy.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A user or group name as policies and Helpers write it: {@code DOMAIN\name}, {@code name@dns.domain} or
 * {@code name}. Names compare ignoring case.
 *
 * @param domain the domain part (NetBIOS or DNS name) or null when none was written
 * @param name   the account name
 */
public record PrincipalName(String domain, String name) {

    private static final Pattern ACCOUNT = Pattern.compile("[^\"/\\\\\\[\\]:;|=,+*?<>@\\p{Cntrl}]{1,256}");
    private static final Pattern DOMAIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.\\-]{0,254}");

    /**
     * Parses one name.
     *
     * @throws IllegalArgumentException when the name is empty or holds characters account names cannot hold
     */
    public static PrincipalName parse(String text) {
        String t = text.strip();
        String domain = null;
        String name = t;
        int backslash = t.indexOf('\\');
        int at = t.lastIndexOf('@');
        if (backslash >= 0) {
            domain = t.substring(0, backslash);
            name = t.substring(backslash + 1);
        } else if (at >= 0) {
            domain = t.substring(at + 1);
            name = t.substring(0, at);
        }
        if (domain != null && !DOMAIN.matcher(domain).matches()) {
            throw new IllegalArgumentException("invalid domain in user or group name '" + text.strip() + "'");
        }
        if (!ACCOUNT.matcher(name).matches() || !name.strip().equals(name)) {
            throw new IllegalArgumentException("invalid user or group name '" + text.strip() + "'");
        }
        return new PrincipalName(domain, name);
    }

    /** True when the name has no domain part or names the given domain (NetBIOS or DNS name). */
    public boolean isIn(String netbiosName, String dnsName) {
        return domain == null || domain.equalsIgnoreCase(netbiosName) || domain.equalsIgnoreCase(dnsName);
    }

    /** A case-insensitive key of the account name alone. */
    public String accountKey() {
        return name.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return domain == null ? name : domain + "\\" + name;
    }
}
