package io.remoteassist.agent.share;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.remoteassist.agent.Credentials;
import io.remoteassist.transport.api.HttpClients;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/** The few REST calls the sharing agent makes: the relay's signing key, its own key's signature, the session. */
final class ServerApi {

    private final URI base;
    private final HttpClient http = HttpClients.shared();
    private final ObjectMapper json = new ObjectMapper();

    private final Credentials credentials;

    ServerApi(URI base, Credentials credentials) {
        String text = base.toString();
        this.base = URI.create(text.endsWith("/") ? text : text + "/");
        this.credentials = credentials;
    }

    Credentials credentials() {
        return credentials;
    }

    byte[] signingKey() {
        return Base64.getDecoder().decode(get("api/relay/signing-key").path("publicKey").asText());
    }

    byte[] signKey(String sessionId, String role, byte[] publicKey) {
        JsonNode reply = post("api/relay/" + sessionId + "/keys",
            Map.of("role", role, "publicKey", Base64.getEncoder().encodeToString(publicKey)));
        return Base64.getDecoder().decode(reply.path("signature").asText());
    }

    /** @return the session's state name */
    String state(String sessionId) {
        return get("api/sessions/" + sessionId).path("state").asText();
    }

    /** @return screen frames the relay dropped or superseded in this session under back-pressure (latest wins) */
    long relaySkipped(String sessionId) {
        return get("api/sessions/" + sessionId).path("traffic").path("droppedByQueue").asLong();
    }

    /** @return the session's computer (its FQDN as the directory knows it) */
    String computer(String sessionId) {
        return get("api/sessions/" + sessionId).path("computer").asText();
    }

    /** @return Group Policy's warning before sharing control shown for this session, if any */
    java.util.Optional<String> warningBeforeSharingControl(String sessionId) {
        JsonNode listed = get("api/sessions/" + sessionId).path("warningBeforeSharingControl");
        return listed.isTextual() && !listed.asText().isBlank() ? java.util.Optional.of(listed.asText())
            : java.util.Optional.empty();
    }

    /** @return the session's log, XML ({@code session.api.log}) */
    byte[] log(String sessionId) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("api/sessions/" + sessionId + "/log"));
            credentials.header().ifPresent(h -> request.header("Authorization", h));
            HttpResponse<byte[]> r = http.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new ShareException("the session log answered HTTP " + r.statusCode());
            }
            return r.body();
        } catch (IOException e) {
            throw new ShareException("cannot reach the server for the session log: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ShareException("interrupted");
        }
    }

    /** Records that the User took control back ({@code user-escape} or {@code user-stop}); the answer's state. */
    String revokeControl(String sessionId, String reason) {
        return post("api/sessions/" + sessionId + "/control/revoke", Map.of("reason", reason)).path("state").asText();
    }

    /** @return the session as the server shows it (state, helper, the policy's warning texts) */
    JsonNode session(String sessionId) {
        return get("api/sessions/" + sessionId);
    }

    /**
     * One of the User's answers or actions on the session: {@code consent}, {@code control/answer}, {@code pause},
     * {@code resume} or {@code end}.
     *
     * @return the session's state in the answer
     */
    String act(String sessionId, String action, Map<String, Object> body) {
        return post("api/sessions/" + sessionId + "/" + action, body).path("state").asText();
    }

    URI relay(String sessionId, String role) {
        URI uri = base.resolve("relay/" + sessionId + "/" + role);
        String scheme = "https".equals(uri.getScheme()) ? "wss" : "ws";
        return URI.create(scheme + uri.toString().substring(uri.getScheme().length()));
    }

    private JsonNode get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    private JsonNode post(String path, Object body) {
        try {
            return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body))));
        } catch (IOException e) {
            throw new ShareException("cannot encode a request: " + e.getMessage());
        }
    }

    private JsonNode send(HttpRequest.Builder request) {
        try {
            credentials.header().ifPresent(h -> request.header("Authorization", h));
            HttpResponse<byte[]> response = http.send(request.timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
            JsonNode body = response.body().length == 0 ? json.createObjectNode() : json.readTree(response.body());
            if (response.statusCode() == 401) {
                throw new ShareException(credentials.signInHint() + " (HTTP 401)");
            }
            if (response.statusCode() >= 300) {
                throw new ShareException("the server answered " + response.statusCode() + ": "
                    + body.path("error").asText(""));
            }
            return body;
        } catch (IOException e) {
            throw new ShareException("cannot reach the server at " + base + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ShareException("interrupted");
        }
    }
}
