package io.remoteassist.invitation.api.file;

import java.util.Objects;

/**
 * An invitation file, a ticket or a ConnectionString2 could not be read: it is malformed, truncated, too large,
 * or its LHTICKET does not decrypt with the password given.
 *
 * <p>The message is {@code "<part>: <reason>"}, for example {@code "LHTICKET: not valid hex"} or
 * {@code "LHTICKET: wrong password or corrupted ticket"}. {@link #part()} names the XML attribute or element at
 * fault, or {@code file} when the file as a whole is at fault (size, encoding, XML well-formedness). The message
 * never contains the password and is safe to show to a user or write to an audit log.
 */
public final class InvitationFileException extends Exception {

    private static final long serialVersionUID = 1L;

    /** The part given when the file as a whole is at fault rather than one attribute. */
    public static final String FILE = "file";

    private final String part;
    private final String reason;

    /**
     * Creates the exception.
     *
     * @param part the attribute or element at fault, or {@link #FILE}
     * @param reason what is wrong with it, in a few words
     */
    public InvitationFileException(String part, String reason) {
        super(Objects.requireNonNull(part, "part") + ": " + Objects.requireNonNull(reason, "reason"));
        this.part = part;
        this.reason = reason;
    }

    /**
     * Returns the attribute or element at fault, such as {@code LHTICKET}, {@code DtStart} or {@code file}.
     *
     * @return the part, never null
     */
    public String part() {
        return part;
    }

    /**
     * Returns what is wrong with the part, without the part's name.
     *
     * @return the reason, never null
     */
    public String reason() {
        return reason;
    }
}
