package io.remoteassist.invitation.api.file;

/** Escaping for the attribute values this package writes. */
final class Xml {

    private Xml() {
    }

    /**
     * Escapes a value for a double-quoted attribute. Characters that XML 1.0 cannot carry at all have been refused
     * by the callers' validation; tab, CR and LF are written as character references so they survive attribute
     * value normalization.
     */
    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\t' -> out.append("&#9;");
                case '\n' -> out.append("&#10;");
                case '\r' -> out.append("&#13;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
