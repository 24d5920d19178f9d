package io.remoteassist.agent.share;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.remoteassist.agent.invite.InvitationAgent;
import io.remoteassist.agent.invite.InvitationException;
import io.remoteassist.agent.invite.InvitationMaker;
import io.remoteassist.agent.invite.OpenCommand;
import io.remoteassist.transport.handshake.HandshakeResult;

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

/** REST steps of the benchmarks: a consented session (invitation, acceptance, consent), control, CPU time. */
final class BenchSessions {

    private final URI server;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final String helper = "bench-helper-" + UUID.randomUUID();
    private final InvitationAgent agent;

    BenchSessions(URI server) {
        this.server = server;
        this.agent = new InvitationAgent(server, null, new PrintStream(OutputStream.nullOutputStream()),
            Clock.systemUTC());
    }

    /**
     * A session the way a User and a Helper make one: the User's agent makes an invitation (password and verifier
     * stay here) and answers on the relay, the Helper proves the password (SRP-6a), the User consents.
     *
     * @return the id of a new session the User has consented to (VIEW_ONLY)
     */
    String open() throws IOException, InterruptedException {
        String user = "bench-" + UUID.randomUUID();
        InvitationMaker.Made made = agent.maker().make(user, "bench.example.test", 30, "file", null);
        agent.serve(made.invitation());
        HandshakeResult opened = null;
        for (int attempt = 0; opened == null; attempt++) {
            try {
                opened = OpenCommand.open(made.file(), made.password(), helper);
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
        for (int i = 0; i < 40; i++) {
            if (http.send(HttpRequest.newBuilder(server.resolve("/api/sessions/" + session)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                break;
            }
            Thread.sleep(250);
        }
        post("/api/sessions/" + session + "/consent", Map.of("allow", true));
        return session;
    }

    /** The Helper asks for control and the User grants it: the session goes to CONTROL_SHARED. */
    void shareControl(String session) throws IOException, InterruptedException {
        post("/api/sessions/" + session + "/control/request", Map.of("helper", helper));
        post("/api/sessions/" + session + "/control/answer", Map.of("allow", true));
    }

    void end(String session) throws IOException, InterruptedException {
        post("/api/sessions/" + session + "/end", Map.of("actor", "bench"));
    }

    private JsonNode post(String path, Object body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(server.resolve(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(),
            HttpResponse.BodyHandlers.ofString());
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
