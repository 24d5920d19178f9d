package io.remoteassist.server.security;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;

import java.util.Set;

/**
 * The answer to an unauthenticated request: the API and the WebSockets ({@code /api/}, {@code /agents/},
 * {@code /relay/}, {@code /presence}) get {@code 401} with an HTTP Basic challenge; anything else is left to the login form, which
 * sends a browser to {@code /login.html}. It authenticates no one itself: HTTP Basic and the form's cookie do.
 */
@Singleton
public class ApiChallenge implements HttpAuthenticationMechanism {

    private static final ChallengeData BASIC = new ChallengeData(401, "WWW-Authenticate",
        "Basic realm=\"RemoteAssist\"");

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        return Uni.createFrom().nullItem();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        String path = context.normalizedPath();
        boolean api = path.startsWith("/api/") || path.startsWith("/agents/") || path.startsWith("/relay/")
            || path.equals("/presence");
        return Uni.createFrom().item(api ? BASIC : null);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(UsernamePasswordAuthenticationRequest.class);
    }

    /** Asked before the form, so the API's challenge is Basic. */
    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 2000;
    }
}
