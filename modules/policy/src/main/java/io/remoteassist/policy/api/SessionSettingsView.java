package io.remoteassist.policy.api;

import java.util.Objects;

/**
 * The policy a session on a computer runs under, besides who may connect and control.
 *
 * @param sessionLogging             whether the session's events and chat are logged
 * @param bandwidth                  the bandwidth optimization level
 * @param warningBeforeConnecting    text shown to the User before a Helper connects; {@code {helper}} stands
 *                                   for the Helper's name in the standard text
 * @param warningBeforeSharingControl text shown to the User before sharing control
 * @param customWarnings             true when a policy object replaced at least one standard text
 * @param loggingSource              where the logging value comes from
 * @param bandwidthSource            where the bandwidth level comes from
 * @param warningsSource             where the warning texts come from
 */
public record SessionSettingsView(boolean sessionLogging, BandwidthLevel bandwidth, String warningBeforeConnecting,
                                  String warningBeforeSharingControl, boolean customWarnings,
                                  PolicySource loggingSource, PolicySource bandwidthSource,
                                  PolicySource warningsSource) {

    public SessionSettingsView {
        Objects.requireNonNull(bandwidth, "bandwidth");
        Objects.requireNonNull(warningBeforeConnecting, "warningBeforeConnecting");
        Objects.requireNonNull(warningBeforeSharingControl, "warningBeforeSharingControl");
    }
}
