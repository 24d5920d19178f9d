package io.remoteassist.transport.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The HTTP and WebSocket clients of the agent and the Helper's tools: they trust the JDK's certificate authorities
 * and the one in the PEM file named by the system property {@code ra.ca.file} or else the variable
 * {@code RA_CA_FILE} (the local CA of {@code ops/ra up}: {@code $RA_STATE_DIR/tls/ca.pem}). A server certificate
 * that neither signed, or that is not for the host asked for, fails the handshake with {@link UntrustedServer}:
 * one line naming the server and what to do.
 */
public final class HttpClients {

    public static final String CA_FILE_PROPERTY = "ra.ca.file";
    public static final String CA_FILE_VARIABLE = "RA_CA_FILE";
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Map<String, HttpClient> SHARED = new ConcurrentHashMap<>();
    private static final Map<String, SSLContext> CONTEXTS = new ConcurrentHashMap<>();

    private HttpClients() {
    }

    /** The server's certificate is not trusted here, or not for the host it was asked as. */
    public static final class UntrustedServer extends CertificateException {
        private static final long serialVersionUID = 1L;

        UntrustedServer(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** @return the CA file this process trusts besides the JDK's, if one is named */
    public static Path caFile() {
        String named = System.getProperty(CA_FILE_PROPERTY);
        if (named == null || named.isBlank()) {
            named = System.getenv(CA_FILE_VARIABLE);
        }
        return named == null || named.isBlank() ? null : Path.of(named);
    }

    /** @return one client for this process (connection pool, threads), with the trust of {@link #caFile()} */
    public static HttpClient shared() {
        Path ca = caFile();
        return SHARED.computeIfAbsent(String.valueOf(ca), key -> builder(ca).build());
    }

    /** @return a builder for a client of its own (cookies, a separate connection) with the same trust */
    public static HttpClient.Builder builder() {
        return builder(caFile());
    }

    /** @return a builder of a client that trusts the JDK's authorities and the certificates in {@code caFile} */
    public static HttpClient.Builder builder(Path caFile) {
        String key = String.valueOf(caFile);
        SSLContext context = CONTEXTS.computeIfAbsent(key, k -> sslContext(caFile));
        return HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).sslContext(context);
    }

    /**
     * @param caFile PEM certificates to trust besides the JDK's, or null
     * @return a TLS context for clients
     * @throws IllegalArgumentException with the reason when the file cannot be read or holds no certificate
     */
    public static SSLContext sslContext(Path caFile) {
        try {
            List<X509ExtendedTrustManager> trust = new ArrayList<>();
            trust.add(trustManager(null));
            if (caFile != null) {
                trust.add(trustManager(caStore(caFile)));
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new Either(trust, caFile)}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot set up TLS: " + e.getMessage(), e);
        }
    }

    private static KeyStore caStore(Path caFile) throws GeneralSecurityException {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        try (InputStream in = Files.newInputStream(caFile)) {
            store.load(null, null);
            int i = 0;
            for (var cert : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                store.setCertificateEntry("ca-" + i++, cert);
            }
            if (i == 0) {
                throw new IllegalArgumentException("no certificate in " + caFile + " (RA_CA_FILE)");
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the CA file " + caFile + " (RA_CA_FILE): "
                + e.getMessage(), e);
        } catch (CertificateException e) {
            throw new IllegalArgumentException("no PEM certificate in " + caFile + " (RA_CA_FILE): "
                + e.getMessage(), e);
        }
        return store;
    }

    private static X509ExtendedTrustManager trustManager(KeyStore store) throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509ExtendedTrustManager extended) {
                return extended;
            }
        }
        throw new GeneralSecurityException("no X.509 trust manager");
    }

    /** Trusts a server that one of its managers trusts; explains a refusal in words. */
    private static final class Either extends X509ExtendedTrustManager {
        private final List<X509ExtendedTrustManager> managers;
        private final Path caFile;

        Either(List<X509ExtendedTrustManager> managers, Path caFile) {
            this.managers = managers;
            this.caFile = caFile;
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
            String server = engine == null ? "the server" : engine.getPeerHost() + ":" + engine.getPeerPort();
            check(chain, authType, server, m -> m.checkServerTrusted(chain, authType, engine));
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
            String server = socket == null ? "the server"
                : socket.getInetAddress().getHostName() + ":" + socket.getPort();
            check(chain, authType, server, m -> m.checkServerTrusted(chain, authType, socket));
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            check(chain, authType, "the server", m -> m.checkServerTrusted(chain, authType));
        }

        private interface Check {
            void on(X509ExtendedTrustManager manager) throws CertificateException;
        }

        private void check(X509Certificate[] chain, String authType, String server, Check check)
            throws CertificateException {
            CertificateException first = null;
            for (X509ExtendedTrustManager manager : managers) {
                try {
                    check.on(manager);
                    return;
                } catch (CertificateException e) {
                    first = first == null ? e : first;
                }
            }
            String what = chain == null || chain.length == 0 ? "no certificate"
                : "certificate " + chain[0].getSubjectX500Principal().getName() + " issued by "
                + chain[0].getIssuerX500Principal().getName();
            for (X509ExtendedTrustManager manager : managers) {
                try {
                    manager.checkServerTrusted(chain, authType);
                    throw new UntrustedServer("the TLS certificate of " + server + " is not for that name ("
                        + names(chain[0]) + "); connect by one of those names", first);
                } catch (UntrustedServer e) {
                    throw e;
                } catch (CertificateException e) {
                    // not signed by this manager's authorities either
                }
            }
            throw new UntrustedServer("cannot trust the TLS certificate of " + server + " (" + what + "): "
                + (caFile == null ? "set RA_CA_FILE to the PEM file of the CA that signed it"
                : "it is signed by none of the JDK's CAs nor by " + caFile + "; set RA_CA_FILE to the CA that"
                + " signed it") + " (ops/ra up writes it to $RA_STATE_DIR/tls/ca.pem)", first);
        }

        private static String names(X509Certificate cert) {
            try {
                List<String> names = new ArrayList<>();
                if (cert.getSubjectAlternativeNames() != null) {
                    for (List<?> san : cert.getSubjectAlternativeNames()) {
                        names.add(String.valueOf(san.get(1)));
                    }
                }
                return names.isEmpty() ? cert.getSubjectX500Principal().getName() : String.join(", ", names);
            } catch (CertificateException e) {
                return cert.getSubjectX500Principal().getName();
            }
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
            managers.get(0).checkClientTrusted(chain, authType, engine);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
            managers.get(0).checkClientTrusted(chain, authType, socket);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            managers.get(0).checkClientTrusted(chain, authType);
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            List<X509Certificate> all = new ArrayList<>();
            for (X509ExtendedTrustManager manager : managers) {
                all.addAll(List.of(manager.getAcceptedIssuers()));
            }
            return all.toArray(X509Certificate[]::new);
        }
    }
}
