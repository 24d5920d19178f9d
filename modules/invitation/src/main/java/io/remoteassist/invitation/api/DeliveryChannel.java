package io.remoteassist.invitation.api;

/** How an invitation travels from the User to the Helper. */
public enum DeliveryChannel {
    FILE, EMAIL, IM, EASY_CONNECT
}
