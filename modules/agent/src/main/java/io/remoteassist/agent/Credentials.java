package io.remoteassist.agent;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * Who the {@code ra} command acts as: {@code RA_USER} (else the logged-on {@code USER}) with the password in
 * {@code RA_PASSWORD}, or, without it, the password of that name in the {@code name:password} file that
 * {@code RA_CREDENTIALS_FILE} names ({@code ops/ra} names {@code .ra/demo-credentials}, and {@code ops/ra --as NAME}
 * sets {@code RA_USER}). Sent as HTTP Basic on every request and WebSocket upgrade. Without a password nothing is
 * sent and the server answers 401.
 */
public record Credentials(String user, String password) {

    public static final Credentials NONE = new Credentials("", null);

    public static Credentials fromEnv(Map<String, String> env) {
        String user = env.getOrDefault("RA_USER", env.getOrDefault("USER", ""));
        String password = env.get("RA_PASSWORD");
        if (password == null || password.isEmpty()) {
            return named(env, user);
        }
        return new Credentials(user, password);
    }

    /** {@code name} with its password from the {@code RA_CREDENTIALS_FILE}, if that file has it. */
    public static Credentials named(Map<String, String> env, String name) {
        String file = env.get("RA_CREDENTIALS_FILE");
        if (file != null && !file.isBlank()) {
            try {
                for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of(file))) {
                    String[] parts = line.strip().split(":", 3);
                    if (parts.length >= 2 && parts[0].equals(name)) {
                        return new Credentials(name, parts[1]);
                    }
                }
            } catch (java.io.IOException e) {
                // no file, no password: the server says 401 and signInHint says what to do
            }
        }
        return new Credentials(name, null);
    }

    /**
     * Has the server create (or replace) the identity {@code name} with a new random password and {@code roles},
     * signed in as {@code admin}; for the benchmarks, which need many Users and Helpers.
     */
    public static Credentials create(java.net.URI server, Credentials admin, String name, String... roles)
        throws java.io.IOException, InterruptedException {
        byte[] secret = new byte[18];
        new java.security.SecureRandom().nextBytes(secret);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String body = "{\"password\":\"" + password + "\",\"roles\":[\"" + String.join("\",\"", roles) + "\"]}";
        var request = java.net.http.HttpRequest.newBuilder(server.resolve("/api/identities/" + name))
            .header("Content-Type", "application/json").PUT(java.net.http.HttpRequest.BodyPublishers.ofString(body));
        admin.header().ifPresent(h -> request.header("Authorization", h));
        var response = io.remoteassist.transport.api.HttpClients.shared().send(request.build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("creating identity " + name + " as " + admin.user() + ": HTTP "
                + response.statusCode() + " " + response.body() + (response.statusCode() == 401
                ? " (" + admin.signInHint() + ")" : ""));
        }
        return new Credentials(name, password);
    }

    /** The {@code Authorization} header value, when there is a password. */
    public Optional<String> header() {
        if (password == null || user == null || user.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("Basic " + Base64.getEncoder().encodeToString(
            (user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    /** What to tell someone whose request was refused with 401. */
    public String signInHint() {
        return header().isEmpty()
            ? "sign in: set RA_USER and RA_PASSWORD (ops/ra --as NAME reads them from .ra/demo-credentials)"
            : "the server does not know " + user + " with this password (RA_USER / RA_PASSWORD)";
    }
}
