package io.remoteassist.agent.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.remoteassist.agent.Credentials;
import io.remoteassist.transport.api.HttpClients;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Calls the server's REST API; an error answer becomes a {@link UsageException} with the server's words. */
final class ServerClient {

    /** A JSON answer and its status. */
    record Reply(int status, JsonNode body) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final HttpClient http = HttpClients.shared();
    private final Credentials credentials;

    ServerClient(String base) {
        this(base, Credentials.NONE);
    }

    ServerClient(String base, Credentials credentials) {
        this.base = URI.create(base.endsWith("/") ? base : base + "/");
        this.credentials = credentials;
    }

    Credentials credentials() {
        return credentials;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path));
        credentials.header().ifPresent(h -> builder.header("Authorization", h));
        return builder;
    }

    JsonNode post(String path, Object body) {
        return send(request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(write(body))).build());
    }

    JsonNode put(String path, Object body) {
        return send(request(path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(write(body))).build());
    }

    JsonNode putText(String path, String text) {
        return send(request(path)
            .header("Content-Type", "text/plain")
            .PUT(HttpRequest.BodyPublishers.ofString(text)).build());
    }

    JsonNode postText(String path, String text) {
        return send(request(path)
            .header("Content-Type", "text/plain")
            .POST(HttpRequest.BodyPublishers.ofString(text)).build());
    }

    JsonNode delete(String path) {
        return send(request(path).DELETE().build());
    }

    JsonNode get(String path) {
        return send(request(path).GET().build());
    }

    byte[] getBytes(String path) {
        try {
            HttpResponse<byte[]> r = http.send(request(path).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() == 401) {
                throw new UsageException(credentials.signInHint() + " (HTTP 401)");
            }
            if (r.statusCode() >= 300) {
                throw new UsageException(path + ": HTTP " + r.statusCode());
            }
            return r.body();
        } catch (IOException e) {
            throw unreachable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UsageException("interrupted");
        }
    }

    private JsonNode send(HttpRequest request) {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 401) {
                throw new UsageException(credentials.signInHint() + " (HTTP 401)");
            }
            JsonNode body = r.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(r.body());
            if (r.statusCode() >= 300) {
                String error = body.path("error").asText("HTTP " + r.statusCode());
                throw new UsageException(error + " (HTTP " + r.statusCode() + ")");
            }
            return body;
        } catch (IOException e) {
            throw unreachable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UsageException("interrupted");
        }
    }

    private UsageException unreachable(IOException e) {
        String why = e instanceof ConnectException ? "nothing is listening there; start it with ops/ra up"
            : e.getMessage();
        return new UsageException("cannot reach the server at " + base + ": " + why);
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
