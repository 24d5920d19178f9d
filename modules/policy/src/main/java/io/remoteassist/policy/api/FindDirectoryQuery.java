package io.remoteassist.policy.api;

/**
 * Asks for a snapshot of a directory. With {@code latest} (the default) the answer waits until the policy view has
 * seen every event stored when the query arrived; without it the view answers at once from what it holds.
 *
 * <p>Answered with {@link DirectoryView}.
 */
public record FindDirectoryQuery(DirectoryId id, boolean latest) {

    public FindDirectoryQuery(DirectoryId id) {
        this(id, true);
    }
}
