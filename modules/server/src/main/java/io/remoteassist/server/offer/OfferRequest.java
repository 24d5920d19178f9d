package io.remoteassist.server.offer;

/** Body of {@code POST /api/offers}: the Helper and the FQDN or IP address of the User's computer. */
public record OfferRequest(String helper, String host) {
}
