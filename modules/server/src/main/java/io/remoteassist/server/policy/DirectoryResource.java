package io.remoteassist.server.policy;

import io.remoteassist.policy.api.AddGroupMemberCommand;
import io.remoteassist.policy.api.ChangeComputerSiteCommand;
import io.remoteassist.policy.api.CreateDirectoryCommand;
import io.remoteassist.policy.api.CreateGroupCommand;
import io.remoteassist.policy.api.CreateOrganizationalUnitCommand;
import io.remoteassist.policy.api.CreateSiteCommand;
import io.remoteassist.policy.api.CreateUserCommand;
import io.remoteassist.policy.api.DirectoryId;
import io.remoteassist.policy.api.DirectoryView;
import io.remoteassist.policy.api.FindDirectoryQuery;
import io.remoteassist.policy.api.ImportLdifCommand;
import io.remoteassist.policy.api.JoinComputerCommand;
import io.remoteassist.policy.api.MoveComputerCommand;
import io.remoteassist.policy.api.OuPath;
import io.remoteassist.policy.api.RemoveGroupMemberCommand;
import io.remoteassist.policy.api.SetBlockInheritanceCommand;
import io.remoteassist.server.web.ApiError;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.axonframework.messaging.responsetypes.ResponseTypes;

import java.util.List;
import java.util.Map;

/**
 * The directory policy objects are linked to (one domain, {@link DirectoryId#DEFAULT}): the domain, sites, OUs,
 * block inheritance, computers, users, groups and their members, and LDIF import. Each write answers with the
 * directory as it now is ({@link DirectoryJson}).
 */
@Path("/api/directory")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@jakarta.annotation.security.RolesAllowed(io.remoteassist.server.web.Roles.ADMIN)
public class DirectoryResource {

    private static final DirectoryId DIR = DirectoryId.DEFAULT;

    private final PolicyGateway policy;

    DirectoryResource(PolicyGateway policy) {
        this.policy = policy;
    }

    @POST
    public Response create(PolicyRequests.Domain body) {
        if (body == null || body.domain() == null || body.domain().isBlank()) {
            throw ApiError.of(400, "domain is required, e.g. {\"domain\":\"contoso.com\",\"netbiosName\":\"CONTOSO\"}");
        }
        if (current().isPresent()) {
            throw ApiError.of(409, "the directory already exists (domain " + current().get().domain() + ")");
        }
        policy.send(new CreateDirectoryCommand(DIR, body.domain(), body.netbiosName()),
            PolicyGateway.actor(body.actor()));
        return Response.status(201).entity(directory()).build();
    }

    @GET
    public DirectoryJson get() {
        return directory();
    }

    @POST
    @Path("/sites")
    public Response site(PolicyRequests.DirectoryObject body) {
        return created(new CreateSiteCommand(DIR, field("name", body == null ? null : body.name())), body);
    }

    @POST
    @Path("/ous")
    public Response ou(PolicyRequests.DirectoryObject body) {
        return created(new CreateOrganizationalUnitCommand(DIR, ou(field("path", body == null ? null : body.path()))),
            body);
    }

    @PUT
    @Path("/block-inheritance")
    public DirectoryJson blockInheritance(PolicyRequests.DirectoryObject body) {
        if (body == null || body.blocked() == null) {
            throw ApiError.of(400, "container (domain:NAME or ou:PATH) and blocked (true or false) are required");
        }
        send(new SetBlockInheritanceCommand(DIR, PolicyResource.container(body.container()), body.blocked()), body);
        return directory();
    }

    @POST
    @Path("/computers")
    public Response computer(PolicyRequests.DirectoryObject body) {
        String fqdn = field("fqdn", body == null ? null : body.fqdn());
        return created(new JoinComputerCommand(DIR, fqdn, body.ipAddresses() == null ? List.of() : body.ipAddresses(),
            body.ou() == null ? OuPath.ROOT : ou(body.ou()), body.site()), body);
    }

    @PUT
    @Path("/computers/{fqdn}/ou")
    public DirectoryJson move(@PathParam("fqdn") String fqdn, PolicyRequests.DirectoryObject body) {
        send(new MoveComputerCommand(DIR, fqdn, ou(field("ou", body == null ? null : body.ou()))), body);
        return directory();
    }

    @PUT
    @Path("/computers/{fqdn}/site")
    public DirectoryJson changeSite(@PathParam("fqdn") String fqdn, PolicyRequests.DirectoryObject body) {
        send(new ChangeComputerSiteCommand(DIR, fqdn, body == null ? null : body.site()), body);
        return directory();
    }

    @POST
    @Path("/users")
    public Response user(PolicyRequests.DirectoryObject body) {
        String name = field("accountName", body == null ? null : body.accountName());
        return created(new CreateUserCommand(DIR, name, body.displayName(), body.ou() == null ? null : ou(body.ou())),
            body);
    }

    @POST
    @Path("/groups")
    public Response group(PolicyRequests.DirectoryObject body) {
        String name = field("name", body == null ? null : body.name());
        return created(new CreateGroupCommand(DIR, name, body.ou() == null ? null : ou(body.ou())), body);
    }

    @POST
    @Path("/groups/{group}/members")
    public Response member(@PathParam("group") String group, PolicyRequests.DirectoryObject body) {
        return created(new AddGroupMemberCommand(DIR, group, field("member", body == null ? null : body.member())),
            body);
    }

    @DELETE
    @Path("/groups/{group}/members/{member}")
    public DirectoryJson removeMember(@PathParam("group") String group, @PathParam("member") String member,
                                      @QueryParam("actor") String actor) {
        policy.send(new RemoveGroupMemberCommand(DIR, group, member), PolicyGateway.actor(actor));
        return directory();
    }

    /** LDIF import, all or nothing; a malformed line answers 400 with {@code line N: ...}. */
    @POST
    @Path("/ldif")
    @Consumes({MediaType.TEXT_PLAIN, "application/ldif", "text/ldif"})
    public Map<String, Object> ldif(@QueryParam("actor") String actor, String ldif) {
        String who = PolicyGateway.actor(actor);
        Integer applied = policy.send(new ImportLdifCommand(DIR, ldif, who), who);
        return Map.of("applied", applied, "directory", directory());
    }

    private Response created(Object command, PolicyRequests.DirectoryObject body) {
        send(command, body);
        return Response.status(201).entity(directory()).build();
    }

    private void send(Object command, PolicyRequests.DirectoryObject body) {
        policy.send(command, PolicyGateway.actor(body == null ? null : body.actor()));
    }

    private java.util.Optional<DirectoryView> current() {
        return policy.query(new FindDirectoryQuery(DIR), ResponseTypes.optionalInstanceOf(DirectoryView.class));
    }

    private DirectoryJson directory() {
        return DirectoryJson.of(current().orElseThrow(() -> ApiError.of(404,
            "there is no directory yet: POST /api/directory with {\"domain\":\"contoso.com\"} first")));
    }

    private static String field(String name, String value) {
        if (value == null || value.isBlank()) {
            throw ApiError.of(400, name + " is required");
        }
        return value.strip();
    }

    private static OuPath ou(String text) {
        try {
            return OuPath.parse(text);
        } catch (IllegalArgumentException e) {
            throw ApiError.of(400, e.getMessage());
        }
    }
}
