package io.remoteassist.policy.api;

/**
 * Where a value in effect comes from.
 *
 * @param setting the setting's key
 * @param gpoId   the winning policy object's id, or null when the Windows default applies
 * @param gpoName the winning policy object's name, or null when the Windows default applies
 * @param reason  a sentence for people and the audit trail
 */
public record PolicySource(String setting, String gpoId, String gpoName, String reason) {
}
