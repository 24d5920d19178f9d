package io.remoteassist.server.relay;

import io.remoteassist.server.session.SessionDirectory;
import io.remoteassist.server.session.SessionView;
import io.remoteassist.server.web.ApiError;
import io.remoteassist.server.session.SessionAccess;
import io.remoteassist.server.web.Caller;
import io.remoteassist.server.web.Roles;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /api/sessions/{id}}: where a session stands (state, who, mode) and its relay traffic, for the
 * User's agent waiting for consent and for the Helper's console.
 */
@Path("/api/sessions")
@Produces(MediaType.APPLICATION_JSON)
public class SessionQueryResource {

    private final SessionDirectory directory;
    private final RelayHub hub;

    @Inject
    SessionAccess access;

    SessionQueryResource(SessionDirectory directory, RelayHub hub) {
        this.directory = directory;
        this.hub = hub;
    }

    @GET
    @Path("/{id}")
    @Blocking
    @RolesAllowed({Roles.USER, Roles.HELPER, Roles.AUDITOR})
    public Map<String, Object> find(@PathParam("id") String id) {
        if (!Caller.hasRole(Roles.AUDITOR)) {
            access.asParticipant(id);
        }
        SessionView view = directory.find(id).orElseThrow(() -> ApiError.of(404, "no such session: " + id));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sessionId", view.sessionId());
        body.put("state", view.state());
        body.put("user", view.user());
        body.put("computer", view.computer());
        body.put("helper", view.helper());
        body.put("mode", view.mode());
        body.put("warningBeforeConnecting", view.warningBeforeConnecting());
        body.put("warningBeforeSharingControl", view.warningBeforeSharingControl());
        body.put("requestedAt", view.requestedAt().toString());
        body.put("updatedAt", view.updatedAt().toString());
        hub.traffic(id).ifPresent(t -> body.put("traffic", t));
        return body;
    }
}
