package io.remoteassist.policy.api;

/**
 * Sets one setting of a policy object from its textual form, e.g.
 * {@code solicited enabled control=view maxTicket=2h}. The text is parsed and validated by the settings catalog
 * and then applied as a {@link SetPolicySettingCommand}; an invalid text is refused with an
 * {@link IllegalArgumentException} naming the setting and option, and publishes nothing.
 *
 * <p>Answered with the canonical line of the value now stored (a {@code String}).
 *
 * @param id    the policy object
 * @param text  one line: {@code <key> enabled|disabled|not-configured [option=value ...]}
 * @param actor who asked, for the audit trail
 */
public record SetPolicySettingTextCommand(PolicyObjectId id, String text, String actor) {
}
