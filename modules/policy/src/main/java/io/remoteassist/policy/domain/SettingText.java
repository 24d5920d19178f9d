package io.remoteassist.policy.domain;

import io.remoteassist.policy.api.SettingKey;
import io.remoteassist.policy.api.SettingState;
import io.remoteassist.policy.api.SettingValue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The textual form of a setting value, for command lines and REST bodies.
 *
 * <pre>
 * line   = key SP state *(SP option)
 * key    = solicited | offer | vista-only | logging | bandwidth | warnings
 * state  = enabled | disabled | not-configured
 * option = name "=" (word | quoted)
 * word   = any characters but white space and '"'; a backslash is an ordinary character
 * quoted = '"' ... '"' where \" stands for " and \\ for \
 * </pre>
 * Examples: {@code solicited enabled control=view maxTicket=2h email=mailto},
 * {@code offer enabled control=full helpers=CONTOSO\HelpDesk,bob}, {@code logging disabled},
 * {@code warnings enabled connect="Support will see your screen."}.
 *
 * <p>Parsing validates through {@link SettingsCatalog}, so a parsed value is canonical. Stateless and
 * thread-safe.
 */
public final class SettingText {

    private SettingText() {
    }

    /**
     * Parses one line into a validated, canonical value.
     *
     * @throws SettingValidationException saying what was wrong and where
     */
    public static SettingValue parse(String line) {
        List<String> tokens = tokenize(line);
        if (tokens.size() < 2) {
            throw new SettingValidationException("expected '<setting> enabled|disabled|not-configured "
                    + "[option=value ...]', got '" + line.strip() + "'");
        }
        SettingKey key;
        SettingState state;
        try {
            key = SettingKey.fromKey(tokens.get(0));
            state = SettingState.parse(tokens.get(1));
        } catch (IllegalArgumentException e) {
            throw new SettingValidationException(e.getMessage());
        }
        Map<String, String> options = new LinkedHashMap<>();
        for (String token : tokens.subList(2, tokens.size())) {
            int eq = token.indexOf('=');
            if (eq <= 0) {
                throw new SettingValidationException("expected option=value, got '" + token + "'");
            }
            String name = token.substring(0, eq);
            if (options.keySet().stream().anyMatch(name::equalsIgnoreCase)) {
                throw new SettingValidationException("option '" + name + "' given twice");
            }
            options.put(name, token.substring(eq + 1));
        }
        return SettingsCatalog.validate(new SettingValue(key, state, options));
    }

    /** The canonical line of a value; {@link #parse} of it gives the value back. */
    public static String format(SettingValue value) {
        StringBuilder out = new StringBuilder(value.setting().key()).append(' ').append(value.state().token());
        List<String> order = new ArrayList<>();
        SettingsCatalog.definition(value.setting()).options().forEach(o -> order.add(o.name()));
        value.options().keySet().stream().filter(n -> !order.contains(n)).sorted().forEach(order::add);
        for (String name : order) {
            String v = value.option(name);
            if (v != null) {
                out.append(' ').append(name).append('=').append(quoteIfNeeded(v));
            }
        }
        return out.toString();
    }

    private static String quoteIfNeeded(String v) {
        boolean plain = !v.isEmpty() && v.chars().noneMatch(c -> Character.isWhitespace(c) || c == '"');
        if (plain) {
            return v;
        }
        return '"' + v.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static List<String> tokenize(String line) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = null;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c)) {
                if (current != null) {
                    tokens.add(current.toString());
                    current = null;
                }
                i++;
            } else if (c == '"') {
                current = current == null ? new StringBuilder() : current;
                i = readQuoted(line, i, current);
            } else {
                current = current == null ? new StringBuilder() : current;
                current.append(c);
                i++;
            }
        }
        if (current != null) {
            tokens.add(current.toString());
        }
        return tokens;
    }

    /** Appends the quoted text starting at {@code open} and returns the index after the closing quote. */
    private static int readQuoted(String line, int open, StringBuilder out) {
        int i = open + 1;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '"') {
                return i + 1;
            }
            if (c == '\\' && i + 1 < line.length() && (line.charAt(i + 1) == '"' || line.charAt(i + 1) == '\\')) {
                out.append(line.charAt(i + 1));
                i += 2;
            } else {
                out.append(c);
                i++;
            }
        }
        throw new SettingValidationException("unterminated quote starting at column " + (open + 1));
    }
}
