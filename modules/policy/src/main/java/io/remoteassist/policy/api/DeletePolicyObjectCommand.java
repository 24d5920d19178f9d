package io.remoteassist.policy.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Deletes a policy object. Links to it stop applying; later commands are refused.
 *
 * @param id    the policy object
 * @param actor who asked, for the audit trail
 */
public record DeletePolicyObjectCommand(@TargetAggregateIdentifier PolicyObjectId id, String actor) {
}
