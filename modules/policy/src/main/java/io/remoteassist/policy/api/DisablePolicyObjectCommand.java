package io.remoteassist.policy.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Disables a policy object: it applies nowhere, whatever its links.
 *
 * @param id    the policy object
 * @param actor who asked, for the audit trail
 */
public record DisablePolicyObjectCommand(@TargetAggregateIdentifier PolicyObjectId id, String actor) {
}
