package io.remoteassist.agent.invite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.remoteassist.transport.api.HttpClients;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The REST calls of the invitation side of the agent; an error answer becomes an {@link InvitationException}. */
final class AgentApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final HttpClient http = HttpClients.shared();

    private final io.remoteassist.agent.Credentials credentials;

    /** Signed in as {@code credentials} (the User whose invitations these are). */
    AgentApi(URI server, io.remoteassist.agent.Credentials credentials) {
        String text = server.toString();
        this.base = URI.create(text.endsWith("/") ? text : text + "/");
        this.credentials = credentials == null ? io.remoteassist.agent.Credentials.NONE : credentials;
    }

    JsonNode post(String path, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
            credentials.header().ifPresent(h -> request.header("Authorization", h));
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 401) {
                throw new InvitationException("the server wants to know who you are: " + credentials.signInHint());
            }
            JsonNode answer = r.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(r.body());
            if (r.statusCode() >= 300) {
                throw new InvitationException(answer.path("error").asText("HTTP " + r.statusCode())
                    + " (HTTP " + r.statusCode() + ")");
            }
            return answer;
        } catch (IOException e) {
            throw new InvitationException("cannot reach the server at " + base + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InvitationException("interrupted");
        }
    }

    /** @return the WebSocket address of a relay path on this server */
    URI relay(String path) {
        URI uri = base.resolve(path.startsWith("/") ? path.substring(1) : path);
        String scheme = "https".equals(uri.getScheme()) ? "wss" : "ws";
        return URI.create(scheme + uri.toString().substring(uri.getScheme().length()));
    }
}
