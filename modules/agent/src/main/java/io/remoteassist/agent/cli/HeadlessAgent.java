package io.remoteassist.agent.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.remoteassist.agent.invite.InvitationAgent;
import io.remoteassist.agent.log.SessionLogFollower;
import io.remoteassist.agent.share.InvitationScreens;
import io.remoteassist.session.api.log.SessionLogFormatException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The User's agent in terminal mode ({@code ra agent --headless}): registers the computer with the
 * server and keeps the registration alive, and asks the User every consent question on the terminal,
 * reading the answer from standard input like a person typing. There is no way to consent on the
 * User's behalf: an empty line or anything but "y"/"yes" is a no. Group Policy's warning texts are shown with
 * the questions. Every session asked about is followed until it ends: its log entries are printed as they are
 * recorded and kept in {@code Remote Assistance Logs} in the documents folder (see {@link SessionLogFollower}).
 * End of input stops the agent, which withdraws the computer's registration and, like Windows, the User's open
 * invitations: a Helper can connect only while the agent runs, since it is the agent that checks the invitation
 * password (SRP-6a, through the relay). For a session opened through one of those invitations, once the User
 * allows the connection the agent shares the screen itself, keyed from that handshake's SRP-6a key (see
 * {@link InvitationScreens}); offers are shared with {@code ra share}.
 */
final class HeadlessAgent {

    private static final long POLL_MS = 1_000;
    private static final long RENEW_MS = 30_000;

    private final ServerClient server;
    private final PrintStream out;
    private final BufferedReader in;
    private final Set<String> asked = new HashSet<>();
    private final Map<String, SessionLogFollower> logs = new LinkedHashMap<>();
    private final Path documents;
    private final boolean logTurnedOff;
    private final ZoneId zone;
    /** Lines the User typed; an empty Optional marks the end of input. */
    private final BlockingQueue<Optional<String>> lines = new LinkedBlockingQueue<>();

    private final InvitationAgent invitations;
    private final InvitationScreens screens;

    HeadlessAgent(ServerClient server, PrintStream out, BufferedReader in, Path documents, boolean logTurnedOff,
                  ZoneId zone) {
        this(server, out, in, documents, logTurnedOff, zone, null, null);
    }

    /**
     * @param invitations answers the Helpers of this User's invitations while the agent runs, and withdraws them
     *                    when it stops; null for an agent that only answers offers
     * @param screens     shares the screen of the sessions those invitations open, once allowed; null for none
     */
    HeadlessAgent(ServerClient server, PrintStream out, BufferedReader in, Path documents, boolean logTurnedOff,
                  ZoneId zone, InvitationAgent invitations, InvitationScreens screens) {
        this.server = server;
        this.out = out;
        this.in = in;
        this.documents = documents;
        this.logTurnedOff = logTurnedOff;
        this.zone = zone;
        this.invitations = invitations;
        this.screens = screens;
    }

    private void readTerminal() {
        try {
            String line;
            while ((line = in.readLine()) != null) {
                lines.put(Optional.of(line));
            }
        } catch (IOException | InterruptedException e) {
            // the terminal is gone: treat it as the end of input
        }
        lines.add(Optional.empty());
    }

    private boolean inputEnded() {
        Optional<String> next = lines.peek();
        return next != null && next.isEmpty();
    }

    void run(String user, String fqdn) throws InterruptedException {
        register(user, fqdn);
        out.println("agent: " + fqdn + " registered for " + user + "; waiting for Helpers (end input to stop)");
        if (screens != null) {
            screens.cannotShare().ifPresent(why -> out.println("agent: " + why));
        }
        Thread reader = new Thread(this::readTerminal, "terminal");
        reader.setDaemon(true);
        reader.start();
        long renewed = System.currentTimeMillis();
        try {
            while (!inputEnded()) {
                if (invitations != null) {
                    invitations.serveStored();
                }
                if (System.currentTimeMillis() - renewed > RENEW_MS) {
                    register(user, fqdn);
                    renewed = System.currentTimeMillis();
                }
                for (JsonNode s : server.get("api/sessions?user=" + user + "&state=AWAITING_CONSENT")) {
                    ask(s, s.path("helper").asText() + " wants to connect to your computer. Allow? [y/N]",
                        s.path("warningBeforeConnecting"), "consent", Map.of("allow", true), Map.of("allow", false));
                }
                for (JsonNode s : server.get("api/sessions?user=" + user + "&state=CONTROL_REQUESTED")) {
                    ask(s, s.path("helper").asText() + " would like to share control of your computer. "
                        + "Allow? [y/N]", s.path("warningBeforeSharingControl"), "control/answer",
                        Map.of("allow", true), Map.of("allow", false));
                }
                followLogs();
                Thread.sleep(POLL_MS);
            }
        } finally {
            followLogs();
            if (screens != null) {
                screens.close();
            }
            if (invitations != null) {
                invitations.close();
            }
            server.delete("api/computers/" + fqdn);
            out.println("agent: stopped; " + fqdn + " is no longer offered to Helpers");
        }
    }

    /** Asks once per session and question, after the policy's warning if there is one; end of input answers no. */
    private void ask(JsonNode session, String question, JsonNode warning, String path, Map<String, Object> yes,
                     Map<String, Object> no) throws InterruptedException {
        String id = session.path("sessionId").asText();
        if (!asked.add(id + "/" + path)) {
            return;
        }
        logs.computeIfAbsent(id, k -> new SessionLogFollower(documents, logTurnedOff, zone, out::println));
        if (warning.isTextual() && !warning.asText().isBlank()) {
            out.println("Warning: " + printable(warning.asText()));
        }
        out.println(question);
        out.flush();
        Optional<String> answer = inputEnded() ? Optional.empty() : lines.take();
        boolean allow = answer.map(String::trim).filter(a -> a.equalsIgnoreCase("y") || a.equalsIgnoreCase("yes"))
            .isPresent();
        JsonNode reply = server.post("api/sessions/" + id + "/" + path, allow ? yes : no);
        out.println("session " + id + ": " + reply.path("state").asText());
        if (allow && "consent".equals(path) && screens != null && invitations != null) {
            invitations.sessionKey(id).ifPresent(key -> screens.share(id, key));
        }
    }

    /** Prints the new log entries of every followed session and saves its log; drops sessions that are over. */
    private void followLogs() {
        for (var it = logs.entrySet().iterator(); it.hasNext(); ) {
            var e = it.next();
            try {
                if (e.getValue().update(server.getBytes("api/sessions/" + e.getKey() + "/log"))) {
                    e.getValue().file().ifPresent(f -> out.println("log: saved " + f));
                    it.remove();
                }
            } catch (SessionLogFormatException | java.io.IOException | UsageException ex) {
                out.println("log: session " + e.getKey() + ": " + ex.getMessage());
            }
        }
    }

    private static String printable(String text) {
        return text.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private void register(String user, String fqdn) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("fqdn", fqdn);
        body.put("addresses", localAddresses());
        body.put("user", user);
        server.post("api/computers", body);
    }

    static List<String> localAddresses() {
        List<String> addresses = new ArrayList<>();
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                    if (!a.isLoopbackAddress() && !a.isLinkLocalAddress()) {
                        String text = a.getHostAddress();
                        int zone = text.indexOf('%');
                        addresses.add(zone < 0 ? text : text.substring(0, zone));
                    }
                }
            }
        } catch (SocketException e) {
            return addresses;
        }
        return addresses;
    }
}
