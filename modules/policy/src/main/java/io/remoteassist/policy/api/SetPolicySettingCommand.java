package io.remoteassist.policy.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Sets one setting of a policy object; {@link SettingState#NOT_CONFIGURED} removes it.
 * The value is validated against the settings catalog.
 *
 * @param id    the policy object
 * @param value the new value
 * @param actor who asked, for the audit trail
 */
public record SetPolicySettingCommand(@TargetAggregateIdentifier PolicyObjectId id, SettingValue value, String actor) {
}
