package io.remoteassist.policy.api;

import java.util.List;
import java.util.Objects;

/**
 * A security group of the directory. Members are account names of users or of other groups (nesting).
 *
 * @param name    the group's account name, unique among users and groups ignoring case
 * @param ou      the OU it belongs to
 * @param members direct members' account names
 */
public record GroupView(String name, OuPath ou, List<String> members) {

    public GroupView {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(ou, "ou");
        members = List.copyOf(members);
    }
}
