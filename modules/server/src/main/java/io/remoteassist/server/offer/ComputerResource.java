package io.remoteassist.server.offer;

import io.remoteassist.server.web.AccountNames;
import io.remoteassist.server.web.ApiError;
import io.remoteassist.server.web.Caller;
import io.remoteassist.server.web.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.regex.Pattern;

/** {@code POST /api/computers}: a User's agent registers its computer and renews it while it runs. */
@Path("/api/computers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ComputerResource {

    private static final Pattern FQDN = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,62}\\.?)+");

    private final ComputerPresence presence;

    ComputerResource(ComputerPresence presence) {
        this.presence = presence;
    }

    @POST
    @RolesAllowed(Roles.USER)
    public ComputerPresence.Registration register(RegistrationRequest request) {
        if (request == null || request.fqdn() == null || !FQDN.matcher(request.fqdn()).matches()
            || request.fqdn().length() > 253) {
            throw ApiError.of(400, "fqdn must be the computer's fully qualified domain name");
        }
        // the logged-on user registers their own computer
        String user = Caller.actor(request.user(), "user");
        if (!AccountNames.isValid(user)) {
            throw ApiError.of(400, "user must be the logged-on user's account name");
        }
        return presence.register(request.fqdn(), request.addresses(), user);
    }

    @DELETE
    @Path("/{fqdn}")
    @RolesAllowed({Roles.USER, Roles.ADMIN})
    public void unregister(@PathParam("fqdn") String fqdn) {
        if (!Caller.hasRole(Roles.ADMIN)) {
            presence.find(fqdn).ifPresent(r -> Caller.require(Caller.is(r.user()),
                fqdn + " is registered by " + r.user() + "; you are " + Caller.name()));
        }
        presence.unregister(fqdn);
    }
}
