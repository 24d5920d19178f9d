package io.remoteassist.server.invitation;

/** Body of {@code POST /api/invitations/{id}/accept}: the Helper and the password the User told them. */
public record AcceptRequest(String helper, String password) {
}
