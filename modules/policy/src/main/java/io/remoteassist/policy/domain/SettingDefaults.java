package io.remoteassist.policy.domain;

import io.remoteassist.policy.api.BandwidthLevel;
import io.remoteassist.policy.api.ControlPermission;
import io.remoteassist.policy.api.EmailMethod;
import io.remoteassist.policy.api.TicketTime;
import io.remoteassist.policy.api.TicketTimeUnit;

/**
 * What applies when no policy object configures a setting (or disables one whose disabled state means
 * "application default"), matching a Windows computer with no Remote Assistance policy.
 */
public final class SettingDefaults {

    /** Solicited Remote Assistance is allowed when not configured. */
    public static final boolean SOLICITED_ALLOWED = true;

    /** Helpers may request control in solicited sessions when not configured. */
    public static final ControlPermission SOLICITED_CONTROL = ControlPermission.FULL_CONTROL;

    /** Invitations last at most six hours when not configured. */
    public static final TicketTime MAX_TICKET_TIME = new TicketTime(6, TicketTimeUnit.HOURS);

    /** E-mail invitations carry the invitation file as an attachment when not configured. */
    public static final EmailMethod EMAIL_METHOD = EmailMethod.SIMPLE_MAPI;

    /** Offering Remote Assistance is off when not configured. */
    public static final boolean OFFER_ALLOWED = false;

    /** Session logging is off when not configured. */
    public static final boolean SESSION_LOGGING = false;

    /** No bandwidth optimization when not configured. */
    public static final BandwidthLevel BANDWIDTH = BandwidthLevel.NONE;

    /** The standard text shown before a Helper connects; {@code {helper}} is replaced by the Helper's name. */
    public static final String WARNING_BEFORE_CONNECTING = "Would you like to allow {helper} to connect to your "
            + "computer? After connecting, {helper} will be able to see whatever is on your desktop.";

    /** The standard text shown before the User shares control. */
    public static final String WARNING_BEFORE_SHARING_CONTROL = "Would you like to allow {helper} to share control "
            + "of your desktop? {helper} will be able to use your mouse and keyboard. You can stop sharing control "
            + "at any time by pressing Esc.";

    private SettingDefaults() {
    }
}
