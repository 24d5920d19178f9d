package io.remoteassist.server.security;

import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * The consoles' pages are for their signed-in roles only: a browser must not keep them (a cached page would open
 * without asking the server after a sign-out), nor the login page.
 */
@Singleton
public class ConsoleCaching {

    void install(@Observes Router router) {
        for (String path : new String[] {"/admin/*", "/compliance/*", "/login.html"}) {
            router.route(path).order(-10).handler(ctx -> {
                ctx.response().putHeader("Cache-Control", "no-store");
                ctx.next();
            });
        }
    }
}
