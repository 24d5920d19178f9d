package io.remoteassist.agent.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.remoteassist.invitation.api.file.HostPort;
import io.remoteassist.invitation.api.file.IncidentFile;
import io.remoteassist.invitation.api.file.IncidentTicket;
import io.remoteassist.invitation.api.file.InvitationFileException;
import io.remoteassist.invitation.api.file.MsRcIncidentReader;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code ra} verbs. Exit codes: 0 done, 1 refused or failed (one line on stderr says why),
 * 2 a command line that cannot be run.
 */
public final class Cli {

    private static final List<String> FLAGS = List.of("allow", "deny", "help", "headless", "allow-control", "lossy",
        "enforced", "disabled", "force");

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;

    public Cli(PrintStream out, PrintStream err, Map<String, String> env) {
        this.out = out;
        this.err = err;
        this.env = env;
    }

    public int run(String[] argv) {
        if (argv.length == 0 || "help".equals(argv[0]) || "--help".equals(argv[0])) {
            usage(out);
            return argv.length == 0 ? 2 : 0;
        }
        try {
            Args args = new Args(argv, 1, FLAGS);
            switch (argv[0]) {
                case "inspect" -> inspect(args);
                case "invite" -> invite(args);
                case "accept" -> accept(args);
                case "consent" -> consent(args);
                case "end" -> end(args);
                case "audit" -> audit(args);
                case "replay" -> replay(args);
                case "offer" -> offer(args);
                case "gpupdate" -> gpupdate(args);
                case "agent" -> agent(args);
                case "policy" -> new PolicyVerbs(server(), out).policy(args);
                case "gpresult" -> new PolicyVerbs(server(), out).gpresult(args);
                case "directory" -> new PolicyVerbs(server(), out).directory(args);
                case "identity" -> identity(args);
                case "whoami" -> whoami();
                case "share" -> {
                    return share(args);
                }
                default -> throw new UsageException("unknown verb '" + argv[0] + "'; try: ra help");
            }
            return 0;
        } catch (UsageException e) {
            err.println("ra " + argv[0] + ": " + e.getMessage());
            return 1;
        } catch (InvitationFileException e) {
            err.println("ra " + argv[0] + ": " + e.getMessage());
            return 1;
        }
    }

    private void inspect(Args args) throws InvitationFileException {
        Path file = Path.of(args.positional(0, "the invitation file"));
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UsageException("cannot read " + file + ": " + e.getMessage());
        }
        var password = args.option("password");
        if (password.isEmpty()) {
            IncidentFile clear = MsRcIncidentReader.read(bytes);
            out.println("user: " + clear.userName());
            clear.expiresAt().ifPresent(t -> out.println("expires: " + t));
            out.println("encrypted: " + clear.encryptedTicket().isPresent() + " (give --password to read the addresses)");
            return;
        }
        IncidentTicket ticket = MsRcIncidentReader.read(bytes, password.get());
        out.println("user: " + ticket.userName());
        ticket.expiresAt().ifPresent(t -> out.println("expires: " + t));
        out.println("session: " + ticket.sessionId());
        for (HostPort address : ticket.addresses()) {
            out.println("address: " + address);
        }
    }

    private void invite(Args args) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("user", args.option("user").orElse(me()));
        body.put("computer", args.option("computer").orElseGet(Cli::hostName));
        args.option("minutes").ifPresent(m -> body.put("expiresInMinutes", integer("minutes", m)));
        JsonNode created = server().post("api/invitations", body);
        out.println("invitation: " + created.path("id").asText());
        out.println("password: " + created.path("password").asText());
        out.println("expires: " + created.path("expiresAt").asText());
        var dir = args.option("save-as-file");
        if (dir.isPresent()) {
            Path target = Path.of(dir.get()).resolve(created.path("fileName").asText());
            try {
                Files.createDirectories(target.getParent());
                Files.write(target, created.path("file").asText().getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UsageException("cannot save the invitation in " + dir.get() + ": " + e.getMessage());
            }
            out.println("file: " + target);
        }
        out.println("Tell the Helper the password by phone or in person, never with the file.");
    }

    private void accept(Args args) {
        String id = args.positional(0, "the invitation id");
        JsonNode reply = server().post("api/invitations/" + id + "/accept",
            Map.of("helper", args.option("helper").orElse(me()), "password", args.required("password")));
        out.println("session: " + reply.path("sessionId").asText());
    }

    private void consent(Args args) {
        String session = args.positional(0, "the session id");
        if (args.flag("allow") == args.flag("deny")) {
            throw new UsageException("say --allow or --deny");
        }
        JsonNode reply = server().post("api/sessions/" + session + "/consent", Map.of("allow", args.flag("allow")));
        out.println("state: " + reply.path("state").asText());
    }

    private void end(Args args) {
        String session = args.positional(0, "the session id");
        Map<String, String> body = new LinkedHashMap<>();
        body.put("actor", args.option("actor").orElse(me()));
        args.option("reason").ifPresent(r -> body.put("reason", r));
        JsonNode reply = server().post("api/sessions/" + session + "/end", body);
        out.println("state: " + reply.path("state").asText());
    }

    private void audit(Args args) {
        if (args.positionalCount() > 0 && "verify".equals(args.positional(0, "verify"))) {
            verifyAudit();
            return;
        }
        StringBuilder query = new StringBuilder("api/audit?size=500");
        args.option("aggregate").ifPresent(a -> query.append("&aggregateId=").append(a));
        args.option("type").ifPresent(t -> query.append("&type=").append(t));
        for (JsonNode item : server().get(query.toString()).path("items")) {
            out.println(String.join("  ", item.path("time").asText(), item.path("aggregateType").asText(),
                item.path("aggregateId").asText(), item.path("eventType").asText(), item.path("actor").asText(),
                item.path("summary").asText()));
        }
    }

    private void verifyAudit() {
        JsonNode result = server().get("api/audit/verify");
        out.println("rows checked: " + result.path("rowsChecked").asLong() + " in "
            + result.path("aggregates").asInt() + " aggregates");
        for (JsonNode b : result.path("breaks")) {
            out.println("break: " + b.path("aggregateId").asText() + " #" + b.path("sequenceNo").asLong() + " event "
                + b.path("eventId").asText() + ": " + b.path("reason").asText());
        }
        if (result.path("breaks").size() > 0) {
            throw new UsageException("the audit trail's hash chain is broken in " + result.path("breaks").size()
                + " place(s)");
        }
        out.println("the hash chain is intact");
    }

    private void offer(Args args) {
        String host = args.positional(0, "the FQDN or IP address of the User's computer");
        String helper = args.option("helper").orElse(me());
        JsonNode reply = server().post("api/offers", Map.of("helper", helper, "host", host));
        out.println("session: " + reply.path("sessionId").asText());
        out.println("waiting for " + reply.path("user").asText() + " on " + reply.path("computer").asText()
            + " to accept");
    }

    private void gpupdate(Args args) {
        String computer = args.option("computer").orElseGet(Cli::hostName);
        java.nio.file.Path store = java.nio.file.Path.of(env.getOrDefault("RA_STATE_DIR",
            System.getProperty("user.home") + "/.remoteassist"), "policy.json");
        io.remoteassist.agent.policy.AppliedPolicy applied;
        try {
            applied = io.remoteassist.agent.policy.PolicyClient.gpupdate(
                io.remoteassist.agent.policy.PolicyClient.endpointOf(env.getOrDefault("RA_SERVER",
                    "http://localhost:8080")), computer, HeadlessAgent.localAddresses(), store,
                java.time.Duration.ofSeconds(10), io.remoteassist.agent.Credentials.fromEnv(env));
        } catch (Exception e) {
            throw new UsageException("the policy could not be refreshed: " + e.getMessage());
        }
        out.println("computer: " + applied.computer());
        out.println("policy version: " + applied.version() + " (" + applied.reason() + ")");
        applied.message().path("settings").fields().forEachRemaining(e -> out.println("setting: " + e.getKey()
            + " = " + e.getValue().path("state").asText()
            + (e.getValue().hasNonNull("gpoName") ? "  [" + e.getValue().path("gpoName").asText() + "]" : "")));
        out.println("saved: " + store);
    }

    private void agent(Args args) {
        if (!args.flag("headless")) {
            throw new UsageException("the windowed agent is not available here; run ra agent --headless");
        }
        String user = args.option("user").orElse(me());
        String computer = args.option("computer").orElseGet(Cli::hostName);
        try {
            new HeadlessAgent(server(), out, new java.io.BufferedReader(
                new java.io.InputStreamReader(System.in, StandardCharsets.UTF_8))).run(user, computer);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Admins: {@code identity add NAME --roles user,helper [--password PW]} and {@code identity list}. */
    private void identity(Args args) {
        String what = args.positional(0, "add or list");
        if ("list".equals(what)) {
            for (JsonNode identity : server().get("api/identities")) {
                out.println(identity.path("name").asText() + "  " + identity.path("roles"));
            }
            return;
        }
        if (!"add".equals(what)) {
            throw new UsageException("identity add NAME --roles ROLE[,ROLE] [--password PW] | identity list");
        }
        String name = args.positional(1, "the identity's name");
        List<String> roles = List.of(args.required("roles").split(","));
        var given = args.option("password");
        String password = given.orElseGet(Cli::newPassword);
        JsonNode stored = server().put("api/identities/" + name, Map.of("password", password, "roles", roles));
        out.println("identity: " + stored.path("name").asText() + " " + stored.path("roles"));
        if (given.isEmpty()) {
            out.println("password: " + password + "  (shown once)");
        }
    }

    private void whoami() {
        JsonNode me = server().get("api/identities/me");
        out.println(me.path("name").asText() + " " + me.path("roles"));
    }

    private static String newPassword() {
        byte[] secret = new byte[15];
        new java.security.SecureRandom().nextBytes(secret);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    private void replay(Args args) {
        String projection = args.positional(0, "the projection to rebuild (audit)");
        server().post("api/admin/replay/" + projection, Map.of());
        out.println("replaying " + projection + " from the event store");
    }

    private int share(Args args) {
        return io.remoteassist.agent.share.ShareCommand.run(new io.remoteassist.agent.share.ShareOptions(
            java.net.URI.create(env.getOrDefault("RA_SERVER", "http://localhost:8080")),
            args.positional(0, "the session id"), args.option("display").orElse(null), args.flag("headless"),
            args.flag("allow-control"), integer("fps", args.option("fps").orElse("20")), args.flag("lossy"),
            me(), io.remoteassist.agent.Credentials.fromEnv(env)), out, err);
    }

    private ServerClient server() {
        return new ServerClient(env.getOrDefault("RA_SERVER", "http://localhost:8080"),
            io.remoteassist.agent.Credentials.fromEnv(env));
    }

    /** Who this command acts as (RA_USER, else the logged-on USER): what --user, --helper and --actor default to. */
    private String me() {
        return io.remoteassist.agent.Credentials.fromEnv(env).user();
    }

    private static int integer(String name, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a whole number, not '" + value + "'");
        }
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getCanonicalHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }

    private static void usage(PrintStream out) {
        out.println("""
            usage: ra VERB [options]   (the server is $RA_SERVER, default http://localhost:8080)
              Every verb signs in as $RA_USER (default $USER) with $RA_PASSWORD, or with that name's password
              in the name:password file $RA_CREDENTIALS_FILE (ops/ra --as NAME VERB uses .ra/demo-credentials).
              --user, --helper and --actor default to that name; naming someone else is refused (403).
              invite [--user U] [--computer HOST] [--minutes N] [--save-as-file DIR]
                                            ask for help: prints the password once, saves the .MsRcIncident file
              inspect FILE [--password PW]  read any .MsRcIncident file (ours or Windows')
              accept INVITATION --password PW [--helper H]
                                            Helper: open an invitation, prints the session
              consent SESSION --allow|--deny
                                            User: answer the connection request
              end SESSION [--actor NAME] [--reason TEXT]
              audit [--aggregate ID] [--type EventType]
              audit verify                  check the audit trail's hash chain (exit 1 on a break)
              replay audit                  rebuild the audit trail from the event store
              agent --headless [--user U] [--computer FQDN]
                                            User: register this computer and answer consent questions here
              offer HOST [--helper H]       Helper: offer help to a computer by FQDN or IP address
              gpupdate [--force] [--computer FQDN]
                                            fetch and apply this computer's Group Policy now
              policy list | create NAME | show GPO | enable GPO | disable GPO
              policy set GPO SETTING enabled|disabled|not-configured [option=value …]
                                            e.g. policy set "Help desk" solicited enabled control=view maxTicket=2h
              policy link GPO site:NAME|domain:NAME|ou:PATH [--order N] [--enforced] [--disabled]
              policy unlink GPO CONTAINER
              gpresult COMPUTER             the Resultant Set of Policy: each setting, its value and the GPO that won
              directory show | import FILE.ldif
              identity add NAME --roles user|helper|admin|auditor[,…] [--password PW]
                                            Admin: add or replace an identity (a new password is printed once)
              identity list                 Admin: every identity and its roles
              whoami                        the identity this command signs in as, and its roles
              share SESSION [--display :N] [--headless] [--allow-control] [--fps N] [--lossy]
                                            User: share this screen with the session's Helper (Esc takes control back)""");
    }
}
