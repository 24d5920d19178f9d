package io.remoteassist.policy.domain;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A parsed LDAP distinguished name (RFC 4514), leaf first. Multi-valued RDNs are refused.
 *
 * @param rdns the relative names, leaf first
 */
record DistinguishedName(List<Rdn> rdns) {

    /** One relative name; the type is lower case. */
    record Rdn(String type, String value) {
    }

    /** @throws IllegalArgumentException when the text is not a DN */
    static DistinguishedName parse(String text) {
        List<Rdn> rdns = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int eq = text.indexOf('=', i);
            if (eq < 0) {
                throw new IllegalArgumentException("invalid DN '" + text + "'");
            }
            String type = text.substring(i, eq).strip().toLowerCase(Locale.ROOT);
            ByteArrayOutputStream value = new ByteArrayOutputStream();
            i = eq + 1;
            while (i < text.length() && text.charAt(i) != ',') {
                char c = text.charAt(i);
                if (c == '+') {
                    throw new IllegalArgumentException("multi-valued RDNs are not supported: '" + text + "'");
                }
                if (c == '\\' && i + 1 < text.length()) {
                    i = unescape(text, i + 1, value);
                } else {
                    byte[] bytes = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                    value.write(bytes, 0, bytes.length);
                    i++;
                }
            }
            String v = value.toString(StandardCharsets.UTF_8).strip();
            if (type.isEmpty() || v.isEmpty()) {
                throw new IllegalArgumentException("invalid DN '" + text + "'");
            }
            rdns.add(new Rdn(type, v));
            i++;
        }
        if (rdns.isEmpty()) {
            throw new IllegalArgumentException("empty DN");
        }
        return new DistinguishedName(rdns);
    }

    private static int unescape(String text, int at, ByteArrayOutputStream out) {
        char c = text.charAt(at);
        if (at + 1 < text.length() && isHex(c) && isHex(text.charAt(at + 1))) {
            out.write(Integer.parseInt(text.substring(at, at + 2), 16));
            return at + 2;
        }
        byte[] bytes = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        out.write(bytes, 0, bytes.length);
        return at + 1;
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    /** True when this DN ends with the given one. */
    boolean endsWith(DistinguishedName suffix) {
        int offset = rdns.size() - suffix.rdns.size();
        return offset >= 0 && suffix.key().equals(new DistinguishedName(rdns.subList(offset, rdns.size())).key());
    }

    /** The relative names above the suffix, leaf first. */
    List<Rdn> above(DistinguishedName suffix) {
        return rdns.subList(0, rdns.size() - suffix.rdns.size());
    }

    /** A case-insensitive key. */
    String key() {
        return rdns.stream().map(r -> r.type() + "=" + r.value().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(","));
    }

    /** The domain's DN, e.g. {@code dc=contoso,dc=com} for {@code contoso.com}. */
    static DistinguishedName ofDomain(String dnsName) {
        return new DistinguishedName(List.of(dnsName.split("\\.")).stream().map(l -> new Rdn("dc", l)).toList());
    }
}
