package io.remoteassist.invitation.api.easyconnect;

/** An Easy Connect entry that cannot be used; the message says why in one line. */
public class EasyConnectException extends Exception {

    public EasyConnectException(String message) {
        super(message);
    }
}
