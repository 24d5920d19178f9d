package io.remoteassist.policy.api;

import org.axonframework.serialization.Revision;

/**
 * A policy object was renamed.
 *
 * @param id      the policy object
 * @param oldName the previous name
 * @param newName the new name
 * @param actor   who asked, for the audit trail
 * @param version the policy object's version after the change
 */
@Revision("1")
public record PolicyObjectRenamedEvent(PolicyObjectId id, String oldName, String newName, String actor, long version)
        implements PolicyObjectEvent {
}
