package io.remoteassist.policy.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Enables a policy object: its links apply again.
 *
 * @param id    the policy object
 * @param actor who asked, for the audit trail
 */
public record EnablePolicyObjectCommand(@TargetAggregateIdentifier PolicyObjectId id, String actor) {
}
