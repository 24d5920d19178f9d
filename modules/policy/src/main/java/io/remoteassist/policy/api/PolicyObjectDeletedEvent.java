package io.remoteassist.policy.api;

import org.axonframework.serialization.Revision;

/**
 * A policy object was deleted.
 *
 * @param id    the policy object
 * @param actor who asked, for the audit trail
 */
@Revision("1")
public record PolicyObjectDeletedEvent(PolicyObjectId id, String actor) implements PolicyObjectEvent {
}
