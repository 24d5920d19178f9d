package io.remoteassist.server.invitation;

/**
 * Body of {@code POST /api/invitations/{id}/deliveries}: {@code channel} is {@code file} (with the
 * {@code target} folder the agent saved it to) or {@code email} (with {@code to}, {@code method}
 * {@code attachment}, the default, or {@code mailto}, and {@code file}: the .MsRcIncident the agent wrote, base64);
 * {@code actor} is the User sending it.
 */
public record DeliveryRequest(String channel, String to, String target, String method, String actor, String file) {
}
