package io.remoteassist.policy.api;

import org.axonframework.serialization.Revision;

/**
 * A policy object was enabled.
 *
 * @param id      the policy object
 * @param actor   who asked, for the audit trail
 * @param version the policy object's version after the change
 */
@Revision("1")
public record PolicyObjectEnabledEvent(PolicyObjectId id, String actor, long version) implements PolicyObjectEvent {
}
