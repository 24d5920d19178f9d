package io.remoteassist.policy.api;

/**
 * Asks for a snapshot of a directory.
 *
 * <p>Answered with {@link DirectoryView}.
 */
public record FindDirectoryQuery(DirectoryId id) {
}
