package io.remoteassist.server.audit;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Map;

/** Operator endpoints: {@code POST /api/admin/replay/{projection}} rebuilds a read model from the events. */
@Path("/api/admin")
@Produces(MediaType.APPLICATION_JSON)
@jakarta.annotation.security.RolesAllowed(io.remoteassist.server.web.Roles.ADMIN)
public class AdminResource {

    private final ProjectionReplay replay;

    AdminResource(ProjectionReplay replay) {
        this.replay = replay;
    }

    @POST
    @Path("/replay/{projection}")
    public Response replay(@PathParam("projection") String projection) {
        replay.replay(projection);
        return Response.accepted(Map.of("projection", projection, "status", "replaying")).build();
    }
}
