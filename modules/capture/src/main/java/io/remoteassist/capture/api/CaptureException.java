package io.remoteassist.capture.api;

/** A screen or input device could not be used: the display is gone, an extension is missing, access is denied. */
public class CaptureException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message for the log. */
    public CaptureException(String message) {
        super(message);
    }

    /** Creates the exception with a message and its cause. */
    public CaptureException(String message, Throwable cause) {
        super(message, cause);
    }
}
