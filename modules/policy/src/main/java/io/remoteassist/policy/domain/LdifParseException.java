package io.remoteassist.policy.domain;

/** An LDIF text could not be imported; {@link #line()} says where. Nothing was applied. */
public class LdifParseException extends IllegalArgumentException {

    private final int line;

    public LdifParseException(int line, String message) {
        super("line " + line + ": " + message);
        this.line = line;
    }

    /** The 1-based line of the problem. */
    public int line() {
        return line;
    }
}
