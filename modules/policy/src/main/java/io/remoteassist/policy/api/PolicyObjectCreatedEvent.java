package io.remoteassist.policy.api;

import org.axonframework.serialization.Revision;

/**
 * A policy object was created (enabled, version 0, nothing configured).
 *
 * @param id    the policy object
 * @param name  the display name
 * @param actor who asked, for the audit trail
 */
@Revision("1")
public record PolicyObjectCreatedEvent(PolicyObjectId id, String name, String actor) implements PolicyObjectEvent {
}
