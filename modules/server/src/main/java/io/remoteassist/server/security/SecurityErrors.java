package io.remoteassist.server.security;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import io.remoteassist.server.web.ApiError;
import io.remoteassist.server.web.Roles;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A request its roles do not allow gets the API's error body: who is signed in and with which roles. */
public class SecurityErrors {

    @Inject
    SecurityIdentity identity;

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        if (e.getMessage() != null && !e.getMessage().isBlank() && !e.getMessage().startsWith("Forbidden")) {
            return ApiError.response(403, e.getMessage());
        }
        String who = identity == null || identity.isAnonymous() ? "nobody"
            : identity.getPrincipal().getName() + " (" + String.join(", ",
                Roles.ALL.stream().filter(identity::hasRole).toList()) + ")";
        return ApiError.response(403, "signed in as " + who + ": this needs another role (user, helper, admin or "
            + "auditor; see the README's roles)");
    }
}
