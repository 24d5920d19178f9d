package io.remoteassist.invitation.api.contacts;

/** A contact card, store or handshake that cannot be trusted or used; the message says why in one line. */
public class ContactException extends Exception {

    public ContactException(String message) {
        super(message);
    }
}
