package io.remoteassist.session.api;

import java.time.Duration;

/**
 * What a session amounted to, written when it ends: {@code duration} from the request to the end,
 * {@code timeInControl} while control was shared and not paused, who ended it and why, and the bytes
 * the transport reported in each direction.
 */
public record SessionSummary(
    Duration duration,
    Duration timeInControl,
    String endedBy,
    String reason,
    long bytesToHelper,
    long bytesToUser) {
}
