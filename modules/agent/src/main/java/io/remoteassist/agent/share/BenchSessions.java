package io.remoteassist.agent.share;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.remoteassist.agent.Credentials;
import io.remoteassist.agent.invite.InvitationAgent;
import io.remoteassist.agent.invite.InvitationException;
import io.remoteassist.agent.invite.InvitationMaker;
import io.remoteassist.agent.invite.OpenCommand;
import io.remoteassist.transport.handshake.HandshakeResult;
import io.remoteassist.transport.api.HttpClients;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** REST steps of the benchmarks: a consented session (invitation, acceptance, consent), control, CPU time. */
final class BenchSessions {

    private final URI server;
    private final HttpClient http = HttpClients.shared();
    private final ObjectMapper json = new ObjectMapper();
    private final Credentials helper;
    private final Credentials admin;
    private final Map<String, Credentials> users = new ConcurrentHashMap<>();

    /**
     * Signs in as an Admin ({@code RA_BENCH_ADMIN}, default {@code admin}, with its password as the {@code ra}
     * command finds it) to make one Helper and a User per session, each with a random password.
     */
    BenchSessions(URI server) throws IOException, InterruptedException {
        this.server = server;
        this.admin = Credentials.named(System.getenv(), System.getenv().getOrDefault("RA_BENCH_ADMIN", "admin"));
        this.helper = Credentials.create(server, admin, "bench-helper-" + UUID.randomUUID().toString().substring(0, 8),
            "helper");
    }

    /** The Helper of every bench session. */
    Credentials helper() {
        return helper;
    }

    /** The User of a session this made. */
    Credentials user(String session) {
        return users.get(session);
    }

    /**
     * A session the way a User and a Helper make one: the User's agent makes an invitation (password and verifier
     * stay here) and answers on the relay, the Helper proves the password (SRP-6a), the User consents.
     *
     * @return the id of a new session the User has consented to (VIEW_ONLY)
     */
    String open() throws IOException, InterruptedException {
        Credentials user = Credentials.create(server, admin, "bench-" + UUID.randomUUID().toString().substring(0, 8),
            "user");
        InvitationAgent agent = new InvitationAgent(server, user, null,
            new PrintStream(OutputStream.nullOutputStream()), Clock.systemUTC());
        InvitationMaker.Made made = agent.maker().make(user.user(), "bench.example.test", 30, "file", null);
        agent.serve(made.invitation());
        HandshakeResult opened = null;
        for (int attempt = 0; opened == null; attempt++) {
            try {
                opened = OpenCommand.open(made.file(), made.password(), helper.user(), server);
            } catch (io.remoteassist.invitation.api.file.InvitationFileException e) {
                throw new IllegalStateException("the bench invitation file does not open: " + e.getMessage(), e);
            } catch (InvitationException e) {
                // the agent's socket may not have reached the relay yet
                if (!e.getMessage().contains("not running") || attempt > 100) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
                Thread.sleep(20);
            }
        }
        if (!opened.accepted()) {
            throw new IllegalStateException("the bench invitation was not accepted: " + opened.outcome());
        }
        String session = opened.sessionId();
        users.put(session, user);
        for (int i = 0; i < 40; i++) {
            HttpRequest.Builder get = HttpRequest.newBuilder(server.resolve("/api/sessions/" + session));
            user.header().ifPresent(h -> get.header("Authorization", h));
            if (http.send(get.build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                break;
            }
            Thread.sleep(250);
        }
        post(user, "/api/sessions/" + session + "/consent", Map.of("allow", true));
        return session;
    }

    /** The Helper asks for control and the User grants it: the session goes to CONTROL_SHARED. */
    void shareControl(String session) throws IOException, InterruptedException {
        post(helper, "/api/sessions/" + session + "/control/request", Map.of());
        post(users.get(session), "/api/sessions/" + session + "/control/answer", Map.of("allow", true));
    }

    void end(String session) throws IOException, InterruptedException {
        post(users.get(session), "/api/sessions/" + session + "/end", Map.of());
    }

    private JsonNode post(Credentials as, String path, Object body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.resolve(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        as.header().ifPresent(h -> request.header("Authorization", h));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body().isBlank() ? json.createObjectNode() : json.readTree(response.body());
    }

    /** @return CPU seconds (user + system) a process has used so far, from /proc; -1 when unknown */
    static double processCpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields after the command: state(0) ... utime(11) stime(12), in clock ticks (100 per second on Linux)
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
