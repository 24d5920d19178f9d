package io.remoteassist.policy.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Records that a computer's agent applied a version of its effective policy (it acknowledged the push). The first
 * acknowledgement creates the computer's record; one for the version already applied changes nothing.
 *
 * @param id        {@link ComputerPolicyId#of(String)} of the computer
 * @param computer  the computer's FQDN
 * @param version   the policy version (hash of the effective policy) the agent applied, not blank
 * @param appliedAt when the server received the acknowledgement
 */
public record RecordPolicyAppliedCommand(@TargetAggregateIdentifier ComputerPolicyId id, String computer,
                                         String version, Instant appliedAt) {
}
