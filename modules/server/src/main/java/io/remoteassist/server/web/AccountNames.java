package io.remoteassist.server.web;

import java.util.regex.Pattern;

/** What the API accepts as a user's or Helper's account name: letters, digits and {@code . _ @ \ -}, 1–64 long. */
public final class AccountNames {

    public static final Pattern PATTERN = Pattern.compile("[A-Za-z0-9._@\\\\-]{1,64}");

    private AccountNames() {
    }

    public static boolean isValid(String name) {
        return name != null && PATTERN.matcher(name).matches();
    }
}
