package io.remoteassist.policy.api;

/**
 * Imports an LDIF export (sites, OUs, users, groups, computers, memberships, block inheritance) into an existing
 * directory. All or nothing: a malformed line is refused with an {@link IllegalArgumentException} whose message
 * starts with {@code line <n>:}, and a command the directory refuses (a name that already exists) rolls back
 * every command of the import.
 *
 * <p>Answered with the number of directory commands applied (an {@code Integer}).
 *
 * @param directoryId the directory, which must exist
 * @param ldif        the LDIF text
 * @param actor       who asked, for the audit trail
 */
public record ImportLdifCommand(DirectoryId directoryId, String ldif, String actor) {
}
