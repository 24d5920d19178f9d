package io.remoteassist.policy.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Creates a policy object, enabled, with no setting configured.
 *
 * @param id    the new policy object's id
 * @param name  the display name
 * @param actor who asked, for the audit trail
 */
public record CreatePolicyObjectCommand(@TargetAggregateIdentifier PolicyObjectId id, String name, String actor) {
}
