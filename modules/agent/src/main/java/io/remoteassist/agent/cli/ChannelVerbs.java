package io.remoteassist.agent.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.remoteassist.agent.presence.PresenceSocket;
import io.remoteassist.invitation.api.contacts.ContactCard;
import io.remoteassist.invitation.api.contacts.ContactException;
import io.remoteassist.invitation.api.contacts.ContactHandshake;
import io.remoteassist.invitation.api.contacts.ContactIdentity;
import io.remoteassist.invitation.api.contacts.ContactStore;
import io.remoteassist.invitation.api.contacts.SealedInvitation;
import io.remoteassist.invitation.api.easyconnect.EasyConnectBlob;
import io.remoteassist.invitation.api.easyconnect.EasyConnectException;
import io.remoteassist.invitation.api.easyconnect.EasyConnectKeys;
import io.remoteassist.invitation.api.file.HostPort;
import io.remoteassist.invitation.api.file.IncidentFile;
import io.remoteassist.invitation.api.file.IncidentTicket;
import io.remoteassist.invitation.api.file.InvitationFileException;
import io.remoteassist.invitation.api.file.MsRcIncidentReader;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The IM and Easy Connect channels and trusted contacts, for both ends: the User's agent delivers an invitation
 * (its file and password), the Helper's client ends up holding both and is told how to connect.
 */
final class ChannelVerbs {

    /**
     * An invitation the User's agent holds: whoever made it (today the server's {@code POST /api/invitations}),
     * the channels only need these.
     */
    record Invitation(String id, String user, byte[] file, String password, Instant expiresAt) {

        static Invitation fromServer(JsonNode created) {
            return new Invitation(created.path("id").asText(), created.path("user").asText(),
                created.path("file").asText().getBytes(StandardCharsets.UTF_8), created.path("password").asText(),
                Instant.parse(created.path("expiresAt").asText()));
        }
    }

    private final ServerClient server;
    private final String serverUrl;
    private final PrintStream out;
    private final BufferedReader in;
    private final Path stateDir;
    /** Handshakes a trusted contact finished with this Helper, waiting for their invitation. */
    private final Map<String, ContactHandshake.Result> finished = new LinkedHashMap<>();

    ChannelVerbs(ServerClient server, String serverUrl, PrintStream out, BufferedReader in, Path stateDir) {
        this.server = server;
        this.serverUrl = serverUrl;
        this.out = out;
        this.in = in;
        this.stateDir = stateDir;
    }

    // ---- the User's agent ---------------------------------------------------------------------------------------

    /** Publishes the invitation to the Easy Connect directory under keys derived from its password. */
    void easyConnect(Invitation invitation, String actor) {
        EasyConnectKeys keys = EasyConnectKeys.derive(invitation.password());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("invitationId", invitation.id());
        body.put("lookupKey", keys.lookupKeyHex());
        body.put("blob", Base64.getEncoder().encodeToString(EasyConnectBlob.seal(keys, invitation.file())));
        body.put("expiresAt", invitation.expiresAt().toString());
        body.put("actor", actor);
        server.post("api/easy-connect/entries", body);
        out.println("easy connect: published; the Helper types only the password: ra easyhelp "
            + invitation.password());
    }

    /** Sends the invitation to a buddy over IM. */
    void im(Invitation invitation, String from, String to) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("from", from);
        body.put("to", to);
        body.put("invitationId", invitation.id());
        body.put("file", Base64.getEncoder().encodeToString(invitation.file()));
        body.put("expiresAt", invitation.expiresAt().toString());
        server.post("api/im/invitations", body);
        out.println("im: sent to " + to + "; tell " + to + " the password by phone (" + to + " runs: ra im --user "
            + to + ")");
    }

    /**
     * Hands the invitation to a trusted contact: certificate handshake through the presence relay, the User's
     * consent, then the invitation sealed under the session key. No password for the Helper to type.
     */
    void contact(Invitation invitation, String user, String helper, Duration wait) throws Exception {
        ContactIdentity self = identity(user);
        ContactCard card = new ContactStore(stateDir, user).find(helper).orElseThrow(() -> new UsageException(
            helper + " is not a trusted contact here; after a session together run: ra contacts exchange SESSION"));
        try (PresenceSocket socket = PresenceSocket.connect(serverUrl, user, server.credentials())) {
            if (!online(user, helper)) {
                throw new UsageException(helper + " is offline; ra contacts shows who is online");
            }
            ContactHandshake.Initiator initiator = ContactHandshake.initiate(self, card);
            socket.send(contactMessage(helper, "hello", initiator.hello()));
            out.println("asking " + helper + " (trusted contact) to help ...");
            JsonNode reply = awaitStep(socket, helper, "reply", wait);
            ContactHandshake.Completed done = initiator.finish(PresenceSocket.read(reply.path("reply"),
                ContactHandshake.Reply.class));
            out.println(helper + " is verified by the certificate stored for them (SHA-256 "
                + done.result().peerFingerprint().substring(0, 16) + "…); confirmation code "
                + done.result().confirmationCode());
            out.print(helper + " will be able to connect to your computer. Allow? [y/N] ");
            out.flush();
            String answer = in.readLine();
            if (answer == null || !answer.strip().equalsIgnoreCase("y")) {
                socket.send(contactMessage(helper, "declined", Map.of()));
                server.post("api/invitations/" + invitation.id() + "/revoke", Map.of("actor", user));
                throw new UsageException("you declined; the invitation is withdrawn");
            }
            socket.send(contactMessage(helper, "finish", done.finish()));
            socket.send(contactMessage(helper, "invitation", SealedInvitation.seal(done.result().sessionKey(),
                new SealedInvitation.Content(invitation.id(), invitation.password(), invitation.file()))));
            server.post("api/contacts/deliveries", Map.of("invitationId", invitation.id(), "from", user,
                "to", helper));
            out.println("contact: the invitation went to " + helper + " end to end (code "
                + done.result().confirmationCode() + ")");
        }
    }

    // ---- the Helper's client ------------------------------------------------------------------------------------

    /** Finds an Easy Connect invitation by its password alone. */
    void easyhelp(Args args) throws InvitationFileException {
        String password = EasyConnectKeys.normalize(args.positional(0, "the password the User read out"));
        String helper = args.option("helper").orElse("");
        EasyConnectKeys keys = EasyConnectKeys.derive(password);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("lookupKey", keys.lookupKeyHex());
        body.put("helper", helper);
        JsonNode entry = server.post("api/easy-connect/lookup", body);
        byte[] file;
        try {
            file = EasyConnectBlob.open(keys, Base64.getDecoder().decode(entry.path("blob").asText()));
        } catch (EasyConnectException | IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        String id = entry.path("invitationId").asText();
        Path saved = save(args, id, file);
        describe(saved, file, password, helper);
    }

    /**
     * The Helper's IM client: shows buddies and pending invitations, accepts one ({@code --accept ID}), and answers
     * trusted contacts asking for help. Runs for {@code --wait} seconds, or until the asked-for invitation is in
     * ({@code --once}: until the first invitation or answer).
     */
    void imClient(Args args, String helper) throws Exception {
        Duration wait = Duration.ofSeconds(seconds(args, 3));
        Optional<String> accept = args.option("accept");
        Instant until = Instant.now().plus(wait);
        try (PresenceSocket socket = PresenceSocket.connect(serverUrl, helper, server.credentials())) {
            Map<String, JsonNode> pending = new LinkedHashMap<>();
            Map<String, ContactHandshake.Responder> handshakes = new LinkedHashMap<>();
            while (Instant.now().isBefore(until)) {
                Optional<JsonNode> next = socket.next(Duration.between(Instant.now(), until).abs()
                    .plusMillis(1));
                if (next.isEmpty()) {
                    break;
                }
                JsonNode m = next.get();
                switch (m.path("type").asText()) {
                    case "presence" -> m.path("buddies").forEach(b -> out.println("buddy: " + b.path("name").asText()
                        + (b.path("online").asBoolean() ? " online" : " offline")));
                    case "online", "offline" -> out.println("buddy: " + m.path("user").asText() + " "
                        + m.path("type").asText());
                    case "invitation" -> {
                        pending.put(m.path("id").asText(), m);
                        out.println("invitation " + m.path("id").asText() + " from " + m.path("from").asText()
                            + " (user " + m.path("user").asText() + ", expires " + m.path("expiresAt").asText()
                            + ")");
                        if (accept.isPresent() && accept.get().equals(m.path("id").asText())) {
                            socket.send(Map.of("type", "accept", "id", accept.get()));
                        } else if (accept.isEmpty() && args.flag("once")) {
                            return;
                        }
                    }
                    case "accepted" -> {
                        JsonNode invitation = pending.get(m.path("id").asText());
                        byte[] file = Base64.getDecoder().decode(invitation.path("file").asText());
                        String id = invitation.path("invitationId").asText();
                        Path saved = save(args, id, file);
                        describe(saved, file, args.option("password").orElse(null), helper);
                        return;
                    }
                    case "contact" -> {
                        if (contactStep(socket, helper, m, handshakes, args)) {
                            return;
                        }
                    }
                    case "error" -> out.println("server: " + m.path("error").asText());
                    case "closed" -> throw new UsageException(closedBy(m));
                    default -> { }
                }
            }
        }
        if (accept.isPresent()) {
            throw new UsageException("no pending invitation " + accept.get() + " for " + helper
                + " (answered, withdrawn or expired)");
        }
    }

    /** One step of a trusted contact's handshake, Helper side; true once an invitation is in. */
    private boolean contactStep(PresenceSocket socket, String helper, JsonNode m,
                                Map<String, ContactHandshake.Responder> handshakes, Args args) throws Exception {
        String from = m.path("from").asText();
        JsonNode payload = m.path("payload");
        switch (payload.path("step").asText()) {
            case "hello" -> {
                Optional<ContactCard> card = new ContactStore(stateDir, helper).find(from);
                if (card.isEmpty()) {
                    out.println(from + " asks for help but is not a trusted contact here; ignored");
                    socket.send(contactMessage(from, "refused", Map.of("reason", "not a trusted contact")));
                    return false;
                }
                out.print(from + ", a trusted contact, asks for your help. Accept? [y/N] ");
                out.flush();
                String answer = in.readLine();
                if (answer == null || !answer.strip().equalsIgnoreCase("y")) {
                    socket.send(contactMessage(from, "refused", Map.of("reason", "the Helper declined")));
                    return false;
                }
                ContactHandshake.Responder responder = ContactHandshake.respond(identity(helper), card.get(),
                    PresenceSocket.read(payload.path("hello"), ContactHandshake.Hello.class));
                handshakes.put(from, responder);
                socket.send(contactMessage(from, "reply", responder.reply()));
                out.println("waiting for " + from + " to allow the connection ...");
            }
            case "finish" -> {
                ContactHandshake.Responder responder = handshakes.get(from);
                if (responder == null) {
                    return false;
                }
                ContactHandshake.Result result = responder.complete(PresenceSocket.read(payload.path("finish"),
                    ContactHandshake.Finish.class));
                handshakes.remove(from);
                finished.put(from, result);
                out.println(from + " is verified by the certificate stored for them; confirmation code "
                    + result.confirmationCode());
            }
            case "invitation" -> {
                ContactHandshake.Result result = finished.remove(from);
                if (result == null) {
                    return false;
                }
                SealedInvitation.Content content = PresenceSocket.read(payload.path("invitation"),
                    SealedInvitation.class).open(result.sessionKey());
                Path saved = save(args, content.invitationId(), content.file());
                describe(saved, content.file(), content.password(), helper);
                return true;
            }
            case "declined" -> {
                out.println(from + " did not allow the connection");
                return args.flag("once");
            }
            default -> { }
        }
        return false;
    }

    // ---- contacts and buddies -----------------------------------------------------------------------------------

    /** {@code ra contacts [--user U]} and {@code ra contacts exchange SESSION --user U [--wait N]}. */
    void contacts(Args args, String user) throws Exception {
        ContactStore store = new ContactStore(stateDir, user);
        if (args.positionalCount() > 0 && args.positional(0, "").equals("exchange")) {
            String session = args.positional(1, "the session id");
            ContactIdentity self = identity(user);
            server.post("api/contacts/exchanges/" + session + "/cards", Map.of("owner", user, "certificate",
                self.card().certificatePem()));
            Instant until = Instant.now().plusSeconds(seconds(args, 60));
            while (true) {
                JsonNode exchange = server.get("api/contacts/exchanges/" + session + "?for=" + user);
                if (exchange.path("exchanged").asBoolean()) {
                    ContactCard card = new ContactCard(exchange.at("/peer/name").asText(),
                        exchange.at("/peer/certificate").asText());
                    store.keep(card);
                    out.println("trusted contact: " + card.name() + " (SHA-256 " + card.fingerprint() + ")");
                    out.println("your certificate: SHA-256 " + self.fingerprint());
                    return;
                }
                if (Instant.now().isAfter(until)) {
                    throw new UsageException("waiting for " + exchange.path("waitingFor").asText()
                        + "'s card timed out; they run: ra contacts exchange " + session);
                }
                Thread.sleep(500);
            }
        }
        for (JsonNode c : server.get("api/contacts/" + user)) {
            String name = c.path("name").asText();
            Optional<ContactCard> local = store.find(name);
            String trust = local.isEmpty() ? "not stored here"
                : local.get().fingerprint().equals(c.path("fingerprint").asText()) ? "trusted"
                : "CERTIFICATE DIFFERS from the one stored here";
            out.println("contact: " + name + "  " + (c.path("online").asBoolean() ? "online" : "offline") + "  "
                + trust);
        }
    }

    /** {@code ra buddies [add|remove NAME] --user U}. */
    void buddies(Args args, String user) {
        if (args.positionalCount() >= 2) {
            String buddy = args.positional(1, "the buddy");
            switch (args.positional(0, "add or remove")) {
                case "add" -> server.putText("api/presence/" + user + "/buddies/" + buddy, "");
                case "remove" -> server.delete("api/presence/" + user + "/buddies/" + buddy);
                default -> throw new UsageException("say ra buddies add NAME or ra buddies remove NAME");
            }
        }
        for (JsonNode b : server.get("api/presence/" + user + "/buddies")) {
            out.println("buddy: " + b.path("name").asText() + (b.path("online").asBoolean() ? " online" : " offline"));
        }
    }

    // ---- shared -------------------------------------------------------------------------------------------------

    private boolean online(String user, String contact) {
        for (JsonNode c : server.get("api/contacts/" + user)) {
            if (c.path("name").asText().equals(contact)) {
                return c.path("online").asBoolean();
            }
        }
        return false;
    }

    /** What the server said when it closed the presence connection. */
    private static String closedBy(JsonNode closed) {
        String reason = closed.path("reason").asText("");
        return "the server closed the presence connection" + (reason.isEmpty() ? "" : ": " + reason);
    }

    private JsonNode awaitStep(PresenceSocket socket, String from, String step, Duration wait) throws Exception {
        Instant until = Instant.now().plus(wait);
        while (Instant.now().isBefore(until)) {
            Optional<JsonNode> next = socket.next(Duration.between(Instant.now(), until).abs().plusMillis(1));
            if (next.isEmpty()) {
                break;
            }
            JsonNode m = next.get();
            if (m.path("type").asText().equals("error")) {
                throw new UsageException(m.path("error").asText());
            }
            if (m.path("type").asText().equals("closed")) {
                throw new UsageException(closedBy(m));
            }
            if (m.path("type").asText().equals("contact") && m.path("from").asText().equals(from)) {
                String got = m.at("/payload/step").asText();
                if (got.equals(step)) {
                    return m.path("payload");
                }
                if (got.equals("refused")) {
                    throw new UsageException(from + " refused: " + m.at("/payload/refused/reason").asText());
                }
            }
        }
        throw new UsageException(from + " did not answer within " + wait.toSeconds() + " s");
    }

    private static Map<String, Object> contactMessage(String to, String step, Object value) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("step", step);
        payload.put(step, value);
        return Map.of("type", "contact", "to", to, "payload", payload);
    }

    private ContactIdentity identity(String name) throws ContactException {
        return ContactIdentity.loadOrCreate(stateDir, name);
    }

    private static Path save(Args args, String invitationId, byte[] file) {
        Path dir = Path.of(args.option("save-to").orElse("."));
        Path target = dir.resolve("RAInvitation-" + invitationId.substring(0, Math.min(8, invitationId.length()))
            + ".msrcincident");
        try {
            Files.createDirectories(dir);
            Files.write(target, file);
        } catch (IOException e) {
            throw new UsageException("cannot save the invitation in " + dir + ": " + e.getMessage());
        }
        return target;
    }

    /** What {@code ra inspect} prints, then how to connect: {@code ra open} on the saved file. */
    private void describe(Path saved, byte[] file, String password, String helper)
        throws InvitationFileException {
        out.println("saved: " + saved);
        String who = helper == null || helper.isEmpty() ? "HELPER" : helper;
        if (password == null) {
            IncidentFile clear = MsRcIncidentReader.read(file);
            out.println("user: " + clear.userName());
            clear.expiresAt().ifPresent(t -> out.println("expires: " + t));
            out.println("Ask " + clear.userName() + " for the password by phone, then type it:");
            out.println("connect: ra open " + saved + " --helper " + who + " --password PASSWORD");
            out.println(viewHint());
            return;
        }
        IncidentTicket ticket = MsRcIncidentReader.read(file, password);
        out.println("user: " + ticket.userName());
        ticket.expiresAt().ifPresent(t -> out.println("expires: " + t));
        out.println("session: " + ticket.sessionId());
        for (HostPort address : ticket.addresses()) {
            out.println("address: " + address);
        }
        out.println("connect: ra open " + saved + " --helper " + who + " --password " + password);
        out.println(viewHint());
    }

    /** ra open keeps the handshake's key in its own process: seeing the screen takes the console's handshake. */
    private String viewHint() {
        return "view: to see the screen, open the file with the password in the Helper console instead: "
            + java.net.URI.create(serverUrl).resolve("/console/") + " (Open invitation)";
    }

    private static long seconds(Args args, int otherwise) {
        String text = args.option("wait").orElse(String.valueOf(otherwise));
        try {
            long value = Long.parseLong(text);
            if (value < 0 || value > 86_400) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new UsageException("--wait must be a number of seconds (0 to 86400), not '" + text + "'");
        }
    }
}
