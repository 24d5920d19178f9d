package io.remoteassist.server.policy;

import io.remoteassist.policy.api.ChangeLinkOrderCommand;
import io.remoteassist.policy.api.ContainerRef;
import io.remoteassist.policy.api.CreatePolicyObjectCommand;
import io.remoteassist.policy.api.DeletePolicyObjectCommand;
import io.remoteassist.policy.api.DirectoryId;
import io.remoteassist.policy.api.DirectoryView;
import io.remoteassist.policy.api.DisablePolicyObjectCommand;
import io.remoteassist.policy.api.EnablePolicyObjectCommand;
import io.remoteassist.policy.api.FindDirectoryQuery;
import io.remoteassist.policy.api.FindPolicyObjectQuery;
import io.remoteassist.policy.api.FindResultantSetOfPolicyQuery;
import io.remoteassist.policy.api.LinkPolicyObjectCommand;
import io.remoteassist.policy.api.ListPolicyObjectsQuery;
import io.remoteassist.policy.api.PolicyObjectId;
import io.remoteassist.policy.api.PolicyObjectView;
import io.remoteassist.policy.api.RenamePolicyObjectCommand;
import io.remoteassist.policy.api.ResultantSetOfPolicy;
import io.remoteassist.policy.api.SetLinkEnabledCommand;
import io.remoteassist.policy.api.SetLinkEnforcedCommand;
import io.remoteassist.policy.api.SetPolicySettingTextCommand;
import io.remoteassist.policy.api.SettingKey;
import io.remoteassist.policy.api.UnlinkPolicyObjectCommand;
import io.remoteassist.server.web.ApiError;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.axonframework.messaging.responsetypes.ResponseTypes;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Group Policy objects: create, list, set a setting in its textual form, enable, disable, rename, delete, link to
 * a site, the domain or an OU; and the Resultant Set of Policy of a computer. Every change is a command on the
 * policy module; answers come from its policy view.
 */
@Path("/api/policy")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@jakarta.annotation.security.RolesAllowed(io.remoteassist.server.web.Roles.ADMIN)
public class PolicyResource {

    private final PolicyGateway policy;

    PolicyResource(PolicyGateway policy) {
        this.policy = policy;
    }

    @POST
    @Path("/gpos")
    public Response create(PolicyRequests.Named body) {
        if (body == null || body.name() == null || body.name().isBlank()) {
            throw ApiError.of(400, "name is required");
        }
        PolicyObjectId id = new PolicyObjectId(java.util.UUID.randomUUID());
        policy.send(new CreatePolicyObjectCommand(id, body.name(), PolicyGateway.actor(body.actor())),
            PolicyGateway.actor(body.actor()));
        return Response.created(URI.create("/api/policy/gpos/" + id)).entity(gpo(id)).build();
    }

    @GET
    @Path("/gpos")
    public List<GpoView> list() {
        DirectoryView directory = directory();
        List<PolicyObjectView> all = policy.query(new ListPolicyObjectsQuery(),
            ResponseTypes.multipleInstancesOf(PolicyObjectView.class));
        return all.stream().map(g -> GpoView.of(g, directory)).toList();
    }

    @GET
    @Path("/gpos/{id}")
    public GpoView get(@PathParam("id") String id) {
        return gpo(id(id));
    }

    @PUT
    @Path("/gpos/{id}/settings/{key}")
    @Consumes(MediaType.TEXT_PLAIN)
    public Map<String, Object> setText(@PathParam("id") String id, @PathParam("key") String key,
                                       @QueryParam("actor") String actor, String text) {
        return set(id(id), key, text, PolicyGateway.actor(actor));
    }

    @PUT
    @Path("/gpos/{id}/settings/{key}")
    public Map<String, Object> setJson(@PathParam("id") String id, @PathParam("key") String key,
                                       PolicyRequests.SettingLine body) {
        return set(id(id), key, body == null ? null : body.line(), PolicyGateway.actor(body == null ? null
            : body.actor()));
    }

    @DELETE
    @Path("/gpos/{id}/settings/{key}")
    public Map<String, Object> clear(@PathParam("id") String id, @PathParam("key") String key,
                                     @QueryParam("actor") String actor) {
        return set(id(id), key, "not-configured", PolicyGateway.actor(actor));
    }

    @PUT
    @Path("/gpos/{id}/name")
    public GpoView rename(@PathParam("id") String id, PolicyRequests.Named body) {
        PolicyObjectId gpo = id(id);
        String actor = PolicyGateway.actor(body == null ? null : body.actor());
        policy.send(new RenamePolicyObjectCommand(gpo, body == null ? null : body.name(), actor), actor);
        return gpo(gpo);
    }

    @POST
    @Path("/gpos/{id}/enable")
    public GpoView enable(@PathParam("id") String id, PolicyRequests.Actor body) {
        PolicyObjectId gpo = id(id);
        String actor = PolicyGateway.actor(body == null ? null : body.actor());
        policy.send(new EnablePolicyObjectCommand(gpo, actor), actor);
        return gpo(gpo);
    }

    @POST
    @Path("/gpos/{id}/disable")
    public GpoView disable(@PathParam("id") String id, PolicyRequests.Actor body) {
        PolicyObjectId gpo = id(id);
        String actor = PolicyGateway.actor(body == null ? null : body.actor());
        policy.send(new DisablePolicyObjectCommand(gpo, actor), actor);
        return gpo(gpo);
    }

    @DELETE
    @Path("/gpos/{id}")
    public Response delete(@PathParam("id") String id, @QueryParam("actor") String actor) {
        String who = PolicyGateway.actor(actor);
        policy.send(new DeletePolicyObjectCommand(id(id), who), who);
        return Response.noContent().build();
    }

    @POST
    @Path("/gpos/{id}/links")
    public Response link(@PathParam("id") String id, PolicyRequests.Link body) {
        PolicyObjectId gpo = id(id);
        if (body == null) {
            throw ApiError.of(400, "a JSON body with container (site:NAME, domain:NAME or ou:PATH) is required");
        }
        String actor = PolicyGateway.actor(body.actor());
        int order = body.order() == null ? 0 : body.order();
        if (order < 0) {
            throw ApiError.of(400, "order starts at 1 (0 or absent appends the link)");
        }
        policy.send(new LinkPolicyObjectCommand(DirectoryId.DEFAULT, container(body.container()), gpo, order,
            Boolean.TRUE.equals(body.enforced()), !Boolean.FALSE.equals(body.enabled())), actor);
        return Response.status(201).entity(gpo(gpo)).build();
    }

    @PATCH
    @Path("/gpos/{id}/links")
    public GpoView changeLink(@PathParam("id") String id, @QueryParam("container") String containerText,
                              PolicyRequests.Link body) {
        PolicyObjectId gpo = id(id);
        if (body == null) {
            throw ApiError.of(400, "a JSON body with order, enforced or enabled is required");
        }
        ContainerRef container = container(containerText != null ? containerText : body.container());
        String actor = PolicyGateway.actor(body.actor());
        if (body.order() != null) {
            policy.send(new ChangeLinkOrderCommand(DirectoryId.DEFAULT, container, gpo, body.order()), actor);
        }
        if (body.enforced() != null) {
            policy.send(new SetLinkEnforcedCommand(DirectoryId.DEFAULT, container, gpo, body.enforced()), actor);
        }
        if (body.enabled() != null) {
            policy.send(new SetLinkEnabledCommand(DirectoryId.DEFAULT, container, gpo, body.enabled()), actor);
        }
        return gpo(gpo);
    }

    @DELETE
    @Path("/gpos/{id}/links")
    public GpoView unlink(@PathParam("id") String id, @QueryParam("container") String container,
                          @QueryParam("actor") String actor) {
        PolicyObjectId gpo = id(id);
        String who = PolicyGateway.actor(actor);
        policy.send(new UnlinkPolicyObjectCommand(DirectoryId.DEFAULT, container(container), gpo), who);
        return gpo(gpo);
    }

    @GET
    @Path("/rsop")
    public RsopView rsop(@QueryParam("computer") String computer) {
        if (computer == null || computer.isBlank()) {
            throw ApiError.of(400, "computer (FQDN or IP address) is required");
        }
        return RsopView.of(policy.query(new FindResultantSetOfPolicyQuery(computer.strip()),
            ResponseTypes.instanceOf(ResultantSetOfPolicy.class)));
    }

    private Map<String, Object> set(PolicyObjectId gpo, String keyText, String text, String actor) {
        SettingKey key = key(keyText);
        String line = line(key, text);
        String canonical = policy.send(new SetPolicySettingTextCommand(gpo, line, actor), actor);
        return Map.of("id", gpo.toString(), "setting", key.key(), "line", canonical, "gpo", gpo(gpo));
    }

    /** The full line: the body with or without the setting's key in front. */
    static String line(SettingKey key, String text) {
        if (text == null || text.isBlank()) {
            throw ApiError.of(400, "the body is the setting in text form, e.g. 'enabled control=view maxTicket=2h'");
        }
        String body = text.strip();
        String first = body.split("\\s+", 2)[0];
        try {
            SettingKey named = SettingKey.fromKey(first);
            if (named != key) {
                throw ApiError.of(400, "the line sets '" + named.key() + "' but the path names '" + key.key() + "'");
            }
            return body;
        } catch (IllegalArgumentException notAKey) {
            return key.key() + " " + body;
        }
    }

    private GpoView gpo(PolicyObjectId id) {
        PolicyObjectView view = policy.query(new FindPolicyObjectQuery(id),
            ResponseTypes.optionalInstanceOf(PolicyObjectView.class))
            .orElseThrow(() -> ApiError.of(404, "no such policy object: " + id));
        return GpoView.of(view, directory());
    }

    private DirectoryView directory() {
        return policy.query(new FindDirectoryQuery(DirectoryId.DEFAULT),
            ResponseTypes.optionalInstanceOf(DirectoryView.class)).orElse(null);
    }

    static SettingKey key(String text) {
        try {
            return SettingKey.fromKey(text);
        } catch (IllegalArgumentException e) {
            throw ApiError.of(400, e.getMessage());
        }
    }

    static ContainerRef container(String text) {
        if (text == null || text.isBlank()) {
            throw ApiError.of(400, "container is required: site:NAME, domain:NAME or ou:PATH");
        }
        try {
            return ContainerRef.parse(text);
        } catch (IllegalArgumentException e) {
            throw ApiError.of(400, e.getMessage());
        }
    }

    static PolicyObjectId id(String text) {
        try {
            return PolicyObjectId.parse(text);
        } catch (IllegalArgumentException e) {
            throw ApiError.of(404, "no such policy object: " + text);
        }
    }
}
