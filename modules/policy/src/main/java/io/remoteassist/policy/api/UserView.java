package io.remoteassist.policy.api;

import java.util.Objects;

/**
 * A user of the directory.
 *
 * @param accountName the logon name (sAMAccountName), unique among users and groups ignoring case
 * @param displayName the display name (the account name when none was given)
 * @param ou          the OU it belongs to
 */
public record UserView(String accountName, String displayName, OuPath ou) {

    public UserView {
        Objects.requireNonNull(accountName, "accountName");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(ou, "ou");
    }
}
