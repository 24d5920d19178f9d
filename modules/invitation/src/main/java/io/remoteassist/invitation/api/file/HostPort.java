package io.remoteassist.invitation.api.file;

import java.util.Objects;

/**
 * One address at which the User's computer accepts the Helper's connection: a host name, an IPv4 address or an
 * IPv6 address (optionally with a zone, as in {@code fe80::1%3}), and a TCP port.
 *
 * <p>The host is kept as written in the invitation, never resolved, and without brackets. Only the characters
 * that can appear in a DNS name or an IP literal are accepted, so a host can be written into the file's XML and
 * into RCTICKET without escaping.
 *
 * @param host the host name or IP address literal, 1 to 255 characters of {@code A-Z a-z 0-9 . - _ : %}
 * @param port the TCP port, 1 to 65535
 */
public record HostPort(String host, int port) {

    private static final int MAX_HOST_LENGTH = 255;

    /**
     * Validates the components.
     *
     * @throws IllegalArgumentException if the host is empty, too long or has a character outside the set above,
     *     or the port is outside 1 to 65535
     */
    public HostPort {
        Objects.requireNonNull(host, "host");
        if (host.isEmpty() || host.length() > MAX_HOST_LENGTH) {
            throw new IllegalArgumentException("host must have 1 to " + MAX_HOST_LENGTH + " characters");
        }
        for (int i = 0; i < host.length(); i++) {
            if (!isHostChar(host.charAt(i))) {
                throw new IllegalArgumentException("host has a character not allowed in a name or address");
            }
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be 1 to 65535, was " + port);
        }
    }

    /**
     * Parses {@code host:port}, {@code [ipv6]:port} or {@code ipv6:port}: the port follows the last colon.
     *
     * @param text the address as written in RCTICKET or on a command line
     * @return the address
     * @throws IllegalArgumentException if the text has no port or a component is invalid
     */
    public static HostPort parse(String text) {
        Objects.requireNonNull(text, "text");
        int colon = text.lastIndexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("address has no port");
        }
        String host = text.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]") && host.length() > 2) {
            host = host.substring(1, host.length() - 1);
        }
        return new HostPort(host, parsePort(text.substring(colon + 1)));
    }

    /**
     * Parses a port written in decimal digits only.
     *
     * @param text the digits
     * @return the port
     * @throws IllegalArgumentException if the text is not 1 to 5 decimal digits
     */
    static int parsePort(String text) {
        if (text.isEmpty() || text.length() > 5 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("port is not a decimal number");
        }
        return Integer.parseInt(text);
    }

    /**
     * Tells whether the host is an IPv6 literal, which Windows writes only into the encrypted ConnectionString2.
     *
     * @return true if the host contains a colon
     */
    public boolean isIpv6() {
        return host.indexOf(':') >= 0;
    }

    /**
     * Returns {@code host:port}, with the host in brackets when it is an IPv6 literal.
     *
     * @return the address as text
     */
    @Override
    public String toString() {
        return isIpv6() ? "[" + host + "]:" + port : host + ":" + port;
    }

    private static boolean isHostChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '.' || c == '-' || c == '_' || c == ':' || c == '%';
    }
}
