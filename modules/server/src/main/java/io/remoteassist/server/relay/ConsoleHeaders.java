package io.remoteassist.server.relay;

import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Security headers of the Helper's console ({@code /console/}): a strict Content-Security-Policy (scripts, styles
 * and connections from this origin only, no inline code, images from blobs for decoded tiles), no framing, no
 * sniffing, no referrer. Text from the other end (names, chat) is additionally only ever set as {@code textContent}.
 */
@Singleton
public class ConsoleHeaders {

    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; "
        + "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    void install(@Observes Router router) {
        router.route("/console/*").order(-10).handler(ctx -> {
            ctx.response().putHeader("Content-Security-Policy", POLICY)
                .putHeader("X-Content-Type-Options", "nosniff")
                .putHeader("X-Frame-Options", "DENY")
                .putHeader("Referrer-Policy", "no-referrer")
                .putHeader("Cache-Control", "no-store");
            ctx.next();
        });
    }
}
