package io.remoteassist.transport.api;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.remoteassist.devstack.LocalCertificates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The clients against a real HTTPS server whose certificate the local CA of {@code ops/ra up} signed. */
class HttpClientsTest {

    @TempDir
    Path dir;
    private LocalCertificates.Made tls;
    private HttpsServer server;

    @BeforeEach
    void serve() throws Exception {
        tls = LocalCertificates.ensure(dir.resolve("tls"));
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(tls.keyStore())) {
            store.load(in, tls.readPassword());
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, tls.readPassword());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        server = HttpsServer.create(new InetSocketAddress(0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(context));
        server.createContext("/", exchange -> {
            byte[] body = "hello".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String get(HttpClient client, String host) throws IOException, InterruptedException {
        URI uri = URI.create("https://" + host + ":" + server.getAddress().getPort() + "/");
        return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void theLocalCaIsTrustedWhenNamed() throws Exception {
        HttpClient client = HttpClients.builder(tls.ca()).build();
        assertThat(get(client, "localhost")).isEqualTo("hello");
        assertThat(get(client, "127.0.0.1")).isEqualTo("hello");
    }

    @Test
    void anUnknownCaGivesOneLineNamingTheServerAndRaCaFile() {
        HttpClient client = HttpClients.builder(null).build();
        assertThatThrownBy(() -> get(client, "localhost"))
            .isInstanceOf(SSLHandshakeException.class)
            .hasMessageContaining("cannot trust the TLS certificate of localhost:" + server.getAddress().getPort())
            .hasMessageContaining("set RA_CA_FILE")
            .hasMessageNotContaining("\n")
            .hasStackTraceContaining(HttpClients.UntrustedServer.class.getName());
    }

    @Test
    void anotherCaIsNotEnough() throws Exception {
        LocalCertificates.Made other = LocalCertificates.ensure(dir.resolve("other"));
        HttpClient client = HttpClients.builder(other.ca()).build();
        assertThatThrownBy(() -> get(client, "localhost"))
            .isInstanceOf(SSLHandshakeException.class)
            .hasMessageContaining("signed by none of the JDK's CAs nor by " + other.ca());
    }

    @Test
    void aNameTheCertificateDoesNotHoldIsRefusedAndSaysWhichNamesItHolds() {
        HttpClient client = HttpClients.builder(tls.ca()).build();
        assertThatThrownBy(() -> get(client, "127.0.0.2"))
            .isInstanceOf(SSLHandshakeException.class)
            .hasMessageContaining("the TLS certificate of 127.0.0.2:" + server.getAddress().getPort()
                + " is not for that name (localhost, 127.0.0.1");
    }

    @Test
    void aCaFileThatIsNotOneSaysSo() throws Exception {
        Path junk = Files.writeString(dir.resolve("junk.pem"), "not a certificate");
        assertThatThrownBy(() -> HttpClients.builder(junk))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining(junk.toString()).hasMessageContaining("RA_CA_FILE");
        assertThatThrownBy(() -> HttpClients.builder(dir.resolve("missing.pem")))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("cannot read the CA file " + dir.resolve("missing.pem"));
    }

    @Test
    void oneClientIsSharedForTheSameTrust() {
        assertThat(HttpClients.shared()).isSameAs(HttpClients.shared());
    }
}
