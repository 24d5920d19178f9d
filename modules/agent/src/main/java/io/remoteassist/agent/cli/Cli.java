package io.remoteassist.agent.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.remoteassist.agent.invite.InvitationAgent;
import io.remoteassist.agent.invite.InvitationException;
import io.remoteassist.agent.invite.InvitationMaker;
import io.remoteassist.agent.invite.InvitationStore;
import io.remoteassist.agent.invite.OpenCommand;
import io.remoteassist.invitation.api.file.HostPort;
import io.remoteassist.invitation.api.file.IncidentFile;
import io.remoteassist.invitation.api.file.IncidentTicket;
import io.remoteassist.invitation.api.file.InvitationFileException;
import io.remoteassist.invitation.api.file.MsRcIncidentReader;
import io.remoteassist.transport.api.HttpClients;
import io.remoteassist.transport.handshake.HandshakeResult;

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
        "enforced", "disabled", "force", "mailto", "serve", "no-session-log", "easy-connect", "once");

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;

    private final java.io.InputStream in;

    public Cli(PrintStream out, PrintStream err, Map<String, String> env) {
        this(out, err, env, System.in);
    }

    /** A command line whose questions (consent, a trusted contact's request) are answered on {@code in}. */
    public Cli(PrintStream out, PrintStream err, Map<String, String> env, java.io.InputStream in) {
        this.out = out;
        this.err = err;
        this.env = env;
        this.in = in;
    }

    public int run(String[] argv) {
        if (argv.length == 0 || "help".equals(argv[0]) || "--help".equals(argv[0])) {
            usage(out);
            return argv.length == 0 ? 2 : 0;
        }
        String ca = env.get(HttpClients.CA_FILE_VARIABLE);
        if (ca != null && !ca.isBlank()) {
            System.setProperty(HttpClients.CA_FILE_PROPERTY, ca);
        }
        try {
            Args args = new Args(argv, 1, FLAGS);
            switch (argv[0]) {
                case "inspect" -> inspect(args);
                case "invite" -> invite(args);
                case "open" -> open(args);
                case "easyhelp" -> channels().easyhelp(args);
                case "im" -> channels().imClient(args, args.option("user").orElse(env.getOrDefault("USER", "")));
                case "contacts" -> channels().contacts(args, args.option("user").orElse(env.getOrDefault("USER", "")));
                case "buddies" -> channels().buddies(args, args.option("user").orElse(env.getOrDefault("USER", "")));
                case "consent" -> consent(args);
                case "end" -> end(args);
                case "audit" -> audit(args);
                case "replay" -> replay(args);
                case "offer" -> offer(args);
                case "log" -> sessionLog(args);
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
        } catch (InvitationFileException | io.remoteassist.invitation.api.contacts.ContactException e) {
            err.println("ra " + argv[0] + ": " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("ra " + argv[0] + ": " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("ra " + argv[0] + ": interrupted");
            return 1;
        } catch (Exception e) {
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

    /** The channel an invitation is registered with: the first delivery the User asked for. */
    private static String channel(Args args) {
        if (args.option("email").isPresent()) {
            return "email";
        } else if (args.flag("easy-connect")) {
            return "easy-connect";
        } else if (args.option("im").isPresent() || args.option("contact").isPresent()) {
            return "im"; // a trusted contact gets it over the presence service too
        }
        return "file";
    }

    private void invite(Args args) {
        String user = args.option("user").orElse(me());
        String computer = args.option("computer").orElseGet(Cli::hostName);
        Integer minutes = args.option("minutes").map(m -> integer("minutes", m)).orElse(null);
        var email = args.option("email");
        InvitationMaker maker = new InvitationMaker(serverUri(), credentials());
        InvitationMaker.Made made;
        try {
            made = maker.make(user, computer, minutes, channel(args),
                args.option("password").orElse(null));
        } catch (InvitationException e) {
            throw new UsageException(e.getMessage());
        }
        String id = made.invitation().id();
        new InvitationStore(stateDir().resolve("invitations")).save(made.invitation());
        out.println("invitation: " + id);
        if (args.option("password").isPresent()) {
            out.println("password: (the one you chose)");
        } else if (args.option("contact").isEmpty()) {
            // a trusted contact gets the password end to end with the file; nobody has to read it out
            out.println("password: " + made.password());
        }
        out.println("expires: " + made.invitation().expiresAt());
        var dir = args.option("save-as-file");
        try {
            if (dir.isPresent()) {
                Path target = Path.of(dir.get()).resolve(made.fileName());
                try {
                    Files.createDirectories(target.getParent());
                    Files.write(target, made.file());
                } catch (IOException e) {
                    throw new UsageException("cannot save the invitation in " + dir.get() + ": " + e.getMessage());
                }
                maker.recordFile(id, user, dir.get());
                out.println("file: " + target);
            }
            if (email.isPresent()) {
                JsonNode sent = maker.email(id, user, email.get(), args.flag("mailto"), made.file());
                out.println(sent.has("mailto") ? "mailto: " + sent.path("mailto").asText()
                    : "e-mailed to: " + email.get());
            }
        } catch (InvitationException e) {
            throw new UsageException(e.getMessage());
        }
        ChannelVerbs.Invitation invitation = new ChannelVerbs.Invitation(id, user, made.file(), made.password(),
            made.invitation().expiresAt());
        if (args.flag("easy-connect")) {
            channels().easyConnect(invitation, user);
        }
        var im = args.option("im");
        if (im.isPresent()) {
            channels().im(invitation, user, im.get());
        }
        var contact = args.option("contact");
        if (contact.isPresent()) {
            try {
                channels().contact(invitation, user, contact.get(), java.time.Duration.ofSeconds(
                    integer("wait", args.option("wait").orElse("120"))));
            } catch (UsageException e) {
                throw e;
            } catch (Exception e) {
                throw new UsageException(e.getMessage());
            }
            return;
        }
        out.println("Tell the Helper the password by phone or in person, never with the file.");
        if (args.flag("serve")) {
            waitForHelper(made);
        } else {
            out.println("Keep the agent running (ra agent --headless): it checks the Helper's password.");
        }
    }

    /** {@code ra invite --serve}: this process is the agent for the one invitation until it is used or closes. */
    private void waitForHelper(InvitationMaker.Made made) {
        String id = made.invitation().id();
        try (InvitationAgent agent = new InvitationAgent(serverUri(), credentials(),
            new InvitationStore(stateDir().resolve("invitations")), out, java.time.Clock.systemUTC())) {
            agent.serve(made.invitation());
            out.println("waiting for the Helper (Ctrl-C withdraws the invitation)");
            Thread hook = new Thread(agent::close);
            Runtime.getRuntime().addShutdownHook(hook);
            while (agent.serving(id)) {
                Thread.sleep(200);
            }
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void open(Args args) throws InvitationFileException {
        Path file = Path.of(args.positional(0, "the invitation file"));
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UsageException("cannot read " + file + ": " + e.getMessage());
        }
        String helper = args.option("helper").orElse(me());
        try {
            HandshakeResult result = OpenCommand.open(bytes, args.required("password"), helper, serverUri());
            out.println("session: " + result.sessionId());
            out.println("The User's agent checked your password and opened this session. Its key (SRP-6a) stayed in");
            out.println("this process, which ends now: nothing can show the User's screen in this session. To see the");
            out.println("screen, open an invitation in the Helper console rather than with ra open (it opens once):");
            out.println("  " + serverUri().resolve("/console/") + "  ->  Open invitation");
        } catch (InvitationException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private ChannelVerbs channels() {
        return new ChannelVerbs(server(), serverUri().toString(), out, new java.io.BufferedReader(
            new java.io.InputStreamReader(in, StandardCharsets.UTF_8)), stateDir());
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
                java.time.Duration.ofSeconds(10), credentials());
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
            InvitationAgent invitations = new InvitationAgent(serverUri(), credentials(),
                new InvitationStore(stateDir().resolve("invitations")), out, java.time.Clock.systemUTC());
            var screens = new io.remoteassist.agent.share.InvitationScreens(serverUri(), credentials(),
                args.option("display").orElse(env.get("DISPLAY")), user, out);
            new HeadlessAgent(server(), out, new java.io.BufferedReader(
                new java.io.InputStreamReader(in, StandardCharsets.UTF_8)), documents(), logTurnedOff(args),
                java.time.ZoneId.systemDefault(), invitations, screens).run(user, computer);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The Helper's (or anyone's) copy of a session's log: prints it and saves it in the documents folder. */
    private void sessionLog(Args args) {
        String session = args.positional(0, "the session id");
        var follower = new io.remoteassist.agent.log.SessionLogFollower(documents(), logTurnedOff(args),
            java.time.ZoneId.systemDefault(), out::println);
        try {
            follower.update(server().getBytes("api/sessions/" + session + "/log"));
        } catch (io.remoteassist.session.api.log.SessionLogFormatException | IOException e) {
            throw new UsageException("the session log could not be kept: " + e.getMessage());
        }
        follower.file().ifPresent(f -> out.println("saved: " + f));
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
        io.remoteassist.agent.share.ShareOptions options = new io.remoteassist.agent.share.ShareOptions(
            java.net.URI.create(env.getOrDefault("RA_SERVER", "http://localhost:8080")),
            args.positional(0, "the session id"), args.option("display").orElse(null), args.flag("headless"),
            args.flag("allow-control"), integer("fps", args.option("fps").orElse("20")), args.flag("lossy"),
            me(), documents(), logTurnedOff(args), credentials());
        if (io.remoteassist.agent.window.WindowShare.available(options)) {
            return io.remoteassist.agent.window.WindowShare.run(options, out, err);
        }
        return io.remoteassist.agent.share.ShareCommand.run(options, out, err);
    }

    /** The documents folder session logs go to: {@code RA_DOCUMENTS}, else {@code ~/Documents}. */
    private java.nio.file.Path documents() {
        return io.remoteassist.session.api.log.SessionLogFiles.documents(env, System.getProperty("user.home"));
    }

    /** {@code --no-session-log} or {@code RA_SESSION_LOG=off}; a policy that forces logging wins over both. */
    private boolean logTurnedOff(Args args) {
        return args.flag("no-session-log")
            || io.remoteassist.session.api.log.SessionLogging.turnedOff(env.get("RA_SESSION_LOG"));
    }

    private java.net.URI serverUri() {
        return java.net.URI.create(env.getOrDefault("RA_SERVER", "http://localhost:8080"));
    }

    private Path stateDir() {
        return Path.of(env.getOrDefault("RA_STATE_DIR", System.getProperty("user.home") + "/.remoteassist"));
    }

    private ServerClient server() {
        return new ServerClient(env.getOrDefault("RA_SERVER", "http://localhost:8080"),
            credentials());
    }

    /** Who this command acts as (RA_USER, else the logged-on USER): what --user, --helper and --actor default to. */
    private String me() {
        return credentials().user();
    }

    /** This command's sign-in, from its environment. */
    private io.remoteassist.agent.Credentials credentials() {
        return io.remoteassist.agent.Credentials.fromEnv(env);
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
              An https server's certificate must come from a CA the JDK trusts or from the PEM file $RA_CA_FILE
              (ops/ra points it at the CA ops/ra up made: .ra/tls/ca.pem).
              invite [--user U] [--computer HOST] [--minutes N] [--password PW] [--save-as-file DIR]
                     [--email ADDR [--mailto]] [--easy-connect] [--im BUDDY] [--contact NAME [--wait S]] [--serve]
                                            User: this agent makes the invitation (password, SRP verifier, file)
                                            and registers its metadata; ra agent --headless (or --serve) answers
                                            the Helper. Easy Connect publishes it under the password, IM sends
                                            it to a buddy, a trusted contact gets it after a certificate handshake
              easyhelp PASSWORD [--helper H] [--save-to DIR]
                                            Helper: find an Easy Connect invitation by its password alone
              im [--user H] [--wait S] [--once] [--accept ID] [--save-to DIR] [--password PW]
                                            Helper: buddies, pending IM invitations (accept one), and requests
                                            from trusted contacts (answered here)
              buddies [add|remove NAME] [--user U]
                                            the IM buddy list and who is online
              contacts [--user U]           trusted contacts, online or not, and whether their certificate is stored
              contacts exchange SESSION [--user U] [--wait S]
                                            after a session: hand over contact cards and keep the other's
              inspect FILE [--password PW]  read any .MsRcIncident file (ours or Windows')
              open FILE --password PW [--helper H]
                                            Helper, for scripts: prove the password to the User's agent, print
                                            the session (its key stays here; to view, use the console's Open
                                            invitation instead)
              consent SESSION --allow|--deny
                                            User: answer the connection request
              end SESSION [--actor NAME] [--reason TEXT]
              audit [--aggregate ID] [--type EventType]
              audit verify                  check the audit trail's hash chain (exit 1 on a break)
              replay audit                  rebuild the audit trail from the event store
              agent --headless [--user U] [--computer FQDN] [--display :N] [--no-session-log]
                                            User: register this computer, answer the Helpers of your invitations
                                            and every consent question here; once you allow a Helper who opened
                                            an invitation, share this screen (--display, else $DISPLAY), keyed
                                            by the invitation's SRP-6a handshake
              log SESSION [--no-session-log] print a session's log and keep it in ~/Documents/Remote Assistance Logs
                                            ($RA_DOCUMENTS moves the documents folder; policy may force the log on)
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
              share SESSION [--display :N] [--headless] [--allow-control] [--fps N] [--lossy] [--no-session-log]
                                            User: share this screen with the session's Helper in the Remote
                                            Assistance window (on the terminal with --headless or without a
                                            display); Esc takes control back""");
    }
}
