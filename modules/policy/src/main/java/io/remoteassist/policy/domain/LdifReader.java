package io.remoteassist.policy.domain;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads LDIF content records (RFC 2849): folded lines, comments, {@code name: value} and base64
 * {@code name:: value}; {@code changetype} may only be {@code add}; URL values ({@code name:< url}) are refused.
 */
final class LdifReader {

    private LdifReader() {
    }

    static List<LdifEntry> read(String text) {
        List<LdifEntry> entries = new ArrayList<>();
        List<String[]> record = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        StringBuilder logical = null;
        int logicalLine = 0;
        boolean comment = false;
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : "";
            if (i < lines.length && line.startsWith(" ") && (logical != null || comment)) {
                if (!comment) {
                    logical.append(line, 1, line.length());
                }
                continue;
            }
            if (logical != null) {
                record.add(new String[] {logical.toString(), String.valueOf(logicalLine)});
                logical = null;
            }
            comment = line.startsWith("#");
            if (comment) {
                continue;
            }
            if (line.isBlank()) {
                if (!record.isEmpty()) {
                    toEntry(record).ifPresent(entries::add);
                    record.clear();
                }
                continue;
            }
            logical = new StringBuilder(line);
            logicalLine = i + 1;
        }
        return entries;
    }

    private static Optional<LdifEntry> toEntry(List<String[]> record) {
        List<LdifEntry.Attribute> attributes = new ArrayList<>();
        for (String[] l : record) {
            attributes.add(attribute(l[0], Integer.parseInt(l[1])));
        }
        LdifEntry.Attribute first = attributes.get(0);
        if (first.name().equals("version") && attributes.size() == 1) {
            return Optional.empty();
        }
        if (first.name().equals("version")) {
            attributes.remove(0);
            first = attributes.get(0);
        }
        if (!first.name().equals("dn")) {
            throw new LdifParseException(first.line(), "a record must start with dn:, got " + first.name() + ":");
        }
        for (LdifEntry.Attribute a : attributes.subList(1, attributes.size())) {
            if (a.name().equals("changetype") && !a.value().equalsIgnoreCase("add")) {
                throw new LdifParseException(a.line(), "only changetype add is supported, got " + a.value());
            }
        }
        List<LdifEntry.Attribute> rest = attributes.subList(1, attributes.size()).stream()
                .filter(a -> !a.name().equals("changetype")).toList();
        return Optional.of(new LdifEntry(first.value(), first.line(), rest));
    }

    private static LdifEntry.Attribute attribute(String line, int number) {
        int colon = line.indexOf(':');
        if (colon <= 0) {
            throw new LdifParseException(number, "expected 'attribute: value', got '" + line + "'");
        }
        String name = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        int semicolon = name.indexOf(';');
        if (semicolon > 0) {
            name = name.substring(0, semicolon);
        }
        String rest = line.substring(colon + 1);
        if (rest.startsWith(":")) {
            try {
                byte[] bytes = Base64.getMimeDecoder().decode(rest.substring(1).strip());
                return new LdifEntry.Attribute(name, new String(bytes, StandardCharsets.UTF_8), number);
            } catch (IllegalArgumentException e) {
                throw new LdifParseException(number, "invalid base64 value of " + name);
            }
        }
        if (rest.startsWith("<")) {
            throw new LdifParseException(number, "URL values are not supported (" + name + ")");
        }
        return new LdifEntry.Attribute(name, rest.strip(), number);
    }
}
