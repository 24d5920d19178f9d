package io.remoteassist.policy.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Renames a policy object.
 *
 * @param id    the policy object
 * @param name  the new display name
 * @param actor who asked, for the audit trail
 */
public record RenamePolicyObjectCommand(@TargetAggregateIdentifier PolicyObjectId id, String name, String actor) {
}
