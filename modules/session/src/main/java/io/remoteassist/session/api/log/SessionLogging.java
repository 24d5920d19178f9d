package io.remoteassist.session.api.log;

/**
 * Whether a session is logged on this side: on by default, as in Windows; the User (or the Helper) may turn it
 * off, unless Group Policy <em>Turn on session logging</em> forces it on.
 */
public final class SessionLogging {

    private SessionLogging() {
    }

    /**
     * @param forcedByPolicy   the policy setting is enabled for the User's computer
     * @param turnedOffLocally the person at this side asked for no log ({@code --no-session-log} or
     *                         {@code RA_SESSION_LOG=off})
     * @return whether to write the session's log file
     */
    public static boolean enabled(boolean forcedByPolicy, boolean turnedOffLocally) {
        return forcedByPolicy || !turnedOffLocally;
    }

    /** Reads {@code RA_SESSION_LOG}: {@code off}, {@code false}, {@code no} or {@code 0} turn the log off. */
    public static boolean turnedOff(String setting) {
        if (setting == null) {
            return false;
        }
        return switch (setting.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "off", "false", "no", "0" -> true;
            default -> false;
        };
    }
}
