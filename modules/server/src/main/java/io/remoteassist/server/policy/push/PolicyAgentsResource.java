package io.remoteassist.server.policy.push;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** The agents connected to this node's {@code /agents/policy} and the versions they were sent and applied. */
@Path("/api/policy/agents")
@Produces(MediaType.APPLICATION_JSON)
@jakarta.annotation.security.RolesAllowed(io.remoteassist.server.web.Roles.ADMIN)
public class PolicyAgentsResource {

    private final PolicyPushHub hub;

    PolicyAgentsResource(PolicyPushHub hub) {
        this.hub = hub;
    }

    @GET
    public List<AgentStatus> list() {
        return hub.agents();
    }
}
