package io.remoteassist.server.security;

import io.remoteassist.server.web.ApiError;
import io.remoteassist.server.web.Caller;
import io.remoteassist.server.web.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * Identities: {@code GET /api/identities/me} (anyone signed in: who am I, which roles), and for Admins
 * {@code GET /api/identities} and {@code PUT /api/identities/{name}} with {@code {"password":…,"roles":[…]}}
 * (creates or replaces). {@code POST /api/identities/logout} ends a console's sign-in.
 */
@Path("/api/identities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IdentityResource {

    private static final Logger LOG = Logger.getLogger(IdentityResource.class);

    /** The body of {@code PUT /api/identities/{name}}. */
    public record IdentityRequest(String password, List<String> roles) {
    }

    private final Identities identities;

    @Inject
    SecurityIdentity identity;

    IdentityResource(Identities identities) {
        this.identities = identities;
    }

    @GET
    @Path("/me")
    @RolesAllowed("**")
    public Identities.Identity me() {
        return new Identities.Identity(identity.getPrincipal().getName(),
            Roles.ALL.stream().filter(identity::hasRole).toList());
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    public List<Identities.Identity> list() {
        return identities.list();
    }

    @PUT
    @Path("/{name}")
    @RolesAllowed(Roles.ADMIN)
    public Identities.Identity put(@PathParam("name") String name, IdentityRequest request) {
        if (request == null) {
            throw ApiError.of(400, "a JSON body with password and roles is required");
        }
        Identities.Identity stored = identities.put(name, request.password(),
            request.roles() == null ? null : new LinkedHashSet<>(request.roles()));
        LOG.infof("identity %s stored with roles %s by %s", stored.name(), stored.roles(), Caller.name());
        return stored;
    }

    @POST
    @Path("/logout")
    @RolesAllowed("**")
    public Response logout() {
        return Response.noContent().cookie(new NewCookie.Builder("quarkus-credential").path("/").maxAge(0)
            .value("").build()).build();
    }
}
