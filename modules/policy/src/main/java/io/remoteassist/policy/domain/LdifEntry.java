package io.remoteassist.policy.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One LDIF record: its DN and attribute values, each with the line it started on.
 *
 * @param dn         the distinguished name
 * @param line       the line of the {@code dn:} line
 * @param attributes attribute values in file order
 */
record LdifEntry(String dn, int line, List<Attribute> attributes) {

    /** One attribute value; the name is lower case without options. */
    record Attribute(String name, String value, int line) {
    }

    List<Attribute> all(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return attributes.stream().filter(a -> a.name().equals(n)).toList();
    }

    Optional<String> first(String name) {
        return all(name).stream().map(Attribute::value).findFirst();
    }

    boolean hasClass(String objectClass) {
        return all("objectclass").stream().anyMatch(a -> a.value().equalsIgnoreCase(objectClass));
    }
}
