package io.remoteassist.agent.share;

/** Sharing cannot start or go on; the message says why in a sentence for the User. */
public final class ShareException extends RuntimeException {

    public ShareException(String message) {
        super(message);
    }
}
