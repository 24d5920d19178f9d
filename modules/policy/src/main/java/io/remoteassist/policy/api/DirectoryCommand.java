package io.remoteassist.policy.api;

/**
 * A command to the {@code Directory} aggregate. Sealed so that an importer's output can be matched
 * exhaustively.
 */
public sealed interface DirectoryCommand permits CreateDirectoryCommand, CreateSiteCommand,
        CreateOrganizationalUnitCommand, SetBlockInheritanceCommand, JoinComputerCommand, MoveComputerCommand,
        ChangeComputerSiteCommand, CreateUserCommand, CreateGroupCommand, AddGroupMemberCommand,
        RemoveGroupMemberCommand, LinkPolicyObjectCommand, UnlinkPolicyObjectCommand, ChangeLinkOrderCommand,
        SetLinkEnforcedCommand, SetLinkEnabledCommand {

    /** The directory the command is for. */
    DirectoryId directoryId();
}
