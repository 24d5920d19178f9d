package io.remoteassist.policy.api;

/** An event of the {@code PolicyObject} aggregate. */
public sealed interface PolicyObjectEvent permits PolicyObjectCreatedEvent, PolicyObjectRenamedEvent,
        PolicySettingChangedEvent, PolicyObjectEnabledEvent, PolicyObjectDisabledEvent, PolicyObjectDeletedEvent {

    /** The policy object the event belongs to. */
    PolicyObjectId id();
}
