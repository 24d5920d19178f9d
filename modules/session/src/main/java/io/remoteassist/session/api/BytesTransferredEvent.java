package io.remoteassist.session.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The transport relayed more bytes; {@code totalToHelper} and {@code totalToUser} are the session's totals since. */
@Revision("1")
public record BytesTransferredEvent(
    SessionId sessionId,
    long bytesToHelper,
    long bytesToUser,
    long totalToHelper,
    long totalToUser,
    Instant at) implements SessionEvent {

    @Override
    public String actor() {
        return "system";
    }

    @Override
    public String summary() {
        return "relayed " + bytesToHelper + " bytes to the Helper and " + bytesToUser + " bytes to the User";
    }
}
