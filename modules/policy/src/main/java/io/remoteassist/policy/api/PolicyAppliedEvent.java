package io.remoteassist.policy.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A computer applied a new version of its effective policy.
 *
 * @param id              the computer's record
 * @param computer        the computer's FQDN
 * @param version         the version applied
 * @param previousVersion the version it held before, or null for the first one recorded
 * @param appliedAt       when the server received the acknowledgement
 */
@Revision("1")
public record PolicyAppliedEvent(ComputerPolicyId id, String computer, String version, String previousVersion,
                                 Instant appliedAt) {
}
