package io.remoteassist.policy.api;

import org.axonframework.serialization.Revision;

/**
 * A policy object was disabled.
 *
 * @param id      the policy object
 * @param actor   who asked, for the audit trail
 * @param version the policy object's version after the change
 */
@Revision("1")
public record PolicyObjectDisabledEvent(PolicyObjectId id, String actor, long version) implements PolicyObjectEvent {
}
