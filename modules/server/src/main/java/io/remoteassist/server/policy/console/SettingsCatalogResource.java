package io.remoteassist.server.policy.console;

import io.remoteassist.policy.api.ListSettingDefinitionsQuery;
import io.remoteassist.policy.api.SettingDefinitionView;
import io.remoteassist.server.policy.PolicyGateway;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.axonframework.messaging.responsetypes.ResponseTypes;

import java.util.List;

/**
 * The settings catalog for policy editors (the admin console under {@code /admin/}): every Remote Assistance
 * setting with its display name, explain text and options (label, default, accepted values, choices).
 */
@Path("/api/policy/catalog")
@Produces(MediaType.APPLICATION_JSON)
@jakarta.annotation.security.RolesAllowed(io.remoteassist.server.web.Roles.ADMIN)
public class SettingsCatalogResource {

    private final PolicyGateway policy;

    SettingsCatalogResource(PolicyGateway policy) {
        this.policy = policy;
    }

    @GET
    public List<SettingDefinitionView> list() {
        return policy.query(new ListSettingDefinitionsQuery(),
            ResponseTypes.multipleInstancesOf(SettingDefinitionView.class));
    }
}
