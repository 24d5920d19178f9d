package io.remoteassist.invitation.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Records a failed or refused Easy Connect lookup under its own id (see {@link EasyConnectLookupFailedEvent}).
 */
public record RecordEasyConnectLookupFailureCommand(
    @TargetAggregateIdentifier String lookupId,
    String source,
    String helper,
    String reason,
    int lookups,
    Instant at) {
}
