package io.remoteassist.session.api.log;

/** A session log that cannot be read: not well-formed, not a session log, too large, or with a bad field. */
public class SessionLogFormatException extends Exception {

    public SessionLogFormatException(String message) {
        super(message);
    }

    public SessionLogFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
