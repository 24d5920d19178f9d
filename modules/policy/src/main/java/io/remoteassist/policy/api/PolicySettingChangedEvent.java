package io.remoteassist.policy.api;

import org.axonframework.serialization.Revision;

/**
 * A setting of a policy object changed.
 *
 * @param id       the policy object
 * @param setting  the setting
 * @param oldValue the value before (possibly not configured)
 * @param newValue the validated, canonical value after (possibly not configured)
 * @param actor    who asked, for the audit trail
 * @param version  the policy object's version after the change
 */
@Revision("1")
public record PolicySettingChangedEvent(PolicyObjectId id, SettingKey setting, SettingValue oldValue,
                                        SettingValue newValue, String actor, long version)
        implements PolicyObjectEvent {
}
