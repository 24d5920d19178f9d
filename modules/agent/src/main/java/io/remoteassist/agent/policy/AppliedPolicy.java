package io.remoteassist.agent.policy;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * The effective policy the agent holds, as the server sent it on {@code /agents/policy}.
 *
 * @param computer   the computer's FQDN as the directory knows it
 * @param version    the version the agent acknowledges
 * @param reason     why it was sent: {@code hello}, {@code change}, {@code refresh} or {@code forced-refresh}
 * @param message    the whole message (settings by key with state, options and winning GPO; applied GPOs)
 * @param receivedAt when the agent applied it
 */
public record AppliedPolicy(String computer, String version, String reason, JsonNode message, Instant receivedAt) {

    /** The state of a setting ({@code enabled}, {@code disabled}, {@code not-configured}). */
    public String state(String setting) {
        return message.path("settings").path(setting).path("state").asText("not-configured");
    }

    /** An option of a setting, or null. */
    public String option(String setting, String option) {
        JsonNode value = message.path("settings").path(setting).path("options").path(option);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }
}
