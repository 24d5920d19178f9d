package io.remoteassist.policy.api;

/** An event of the {@code Directory} aggregate. */
public sealed interface DirectoryEvent permits DirectoryCreatedEvent, SiteCreatedEvent,
        OrganizationalUnitCreatedEvent, BlockInheritanceChangedEvent, ComputerJoinedEvent, ComputerMovedEvent,
        ComputerSiteChangedEvent, UserCreatedEvent, GroupCreatedEvent, GroupMemberAddedEvent,
        GroupMemberRemovedEvent, PolicyObjectLinkedEvent, PolicyObjectUnlinkedEvent, LinkOrderChangedEvent,
        LinkEnforcementChangedEvent, LinkStatusChangedEvent {

    /** The directory the event belongs to. */
    DirectoryId directoryId();
}
