package io.remoteassist.invitation.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * An Easy Connect lookup found nothing or was refused. {@code reason} is {@code not-found},
 * {@code malformed}, {@code rate-limited-source} or {@code rate-limited-global}; {@code lookups} counts the
 * lookups this record stands for (refusals by a rate limit are recorded once per source and window, with their
 * count, so a flood does not flood the audit trail).
 */
@Revision("1")
public record EasyConnectLookupFailedEvent(
    String lookupId,
    String source,
    String helper,
    String reason,
    int lookups,
    Instant at) implements RendezvousEvent {

    @Override
    public String actor() {
        return helper == null || helper.isBlank() ? source : helper + "@" + source;
    }

    @Override
    public String summary() {
        return "Easy Connect lookup from " + source + " failed: " + reason
            + (lookups > 1 ? " (" + lookups + " lookups)" : "");
    }
}
