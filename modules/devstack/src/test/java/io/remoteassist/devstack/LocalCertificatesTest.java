package io.remoteassist.devstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalCertificatesTest {

    @TempDir
    Path dir;

    @Test
    void theServerCertificateChainsToTheCaAndNamesEveryLocalAddress() throws Exception {
        LocalCertificates.Made made = LocalCertificates.ensure(dir.resolve("tls"));

        X509Certificate ca;
        try (var in = Files.newInputStream(made.ca())) {
            ca = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        assertThat(Files.readString(made.ca())).startsWith("-----BEGIN CERTIFICATE-----\n");
        assertThat(ca.getBasicConstraints()).isGreaterThanOrEqualTo(0);

        KeyStore store = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(made.keyStore())) {
            store.load(in, made.readPassword());
        }
        assertThat(store.getKey(LocalCertificates.ALIAS, made.readPassword())).isInstanceOf(PrivateKey.class);
        X509Certificate server = (X509Certificate) store.getCertificate(LocalCertificates.ALIAS);
        assertThat(server.getBasicConstraints()).isEqualTo(-1);
        assertThat(server.getExtendedKeyUsage()).contains("1.3.6.1.5.5.7.3.1");

        PKIXParameters params = new PKIXParameters(Set.of(new TrustAnchor(ca, null)));
        params.setRevocationEnabled(false);
        CertPathValidator.getInstance("PKIX").validate(
            CertificateFactory.getInstance("X.509").generateCertPath(List.of(server)), params);

        List<String> names = new ArrayList<>();
        for (List<?> san : server.getSubjectAlternativeNames()) {
            names.add(san.get(0) + "=" + san.get(1));
        }
        assertThat(names).contains("2=localhost", "7=127.0.0.1", "7=0:0:0:0:0:0:0:1");
        String host = java.net.InetAddress.getLocalHost().getHostName();
        assertThat(names).contains((host.matches("[0-9.]+") ? "7=" : "2=") + host);
        assertThat(LocalCertificates.spkiPin(server)).hasSize(44);
    }

    @Test
    void aCertificateFromAnotherCaDoesNotVerify() throws Exception {
        LocalCertificates.Made one = LocalCertificates.ensure(dir.resolve("one"));
        LocalCertificates.Made other = LocalCertificates.ensure(dir.resolve("other"));
        X509Certificate otherCa;
        try (var in = Files.newInputStream(other.ca())) {
            otherCa = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        PKIXParameters params = new PKIXParameters(Set.of(new TrustAnchor(otherCa, null)));
        params.setRevocationEnabled(false);
        X509Certificate server = LocalCertificates.serverCertificate(one);
        assertThatThrownBy(() -> CertPathValidator.getInstance("PKIX").validate(
            CertificateFactory.getInstance("X.509").generateCertPath(List.of(server)), params))
            .isInstanceOf(java.security.cert.CertPathValidatorException.class);
    }

    @Test
    void theSecretsAreReadableByTheOwnerOnlyAndAreMadeOnce() throws Exception {
        LocalCertificates.Made made = LocalCertificates.ensure(dir);
        Set<PosixFilePermission> owner = Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(Files.getPosixFilePermissions(made.password())).isEqualTo(owner);
        assertThat(Files.getPosixFilePermissions(made.keyStore())).isEqualTo(owner);
        assertThat(new String(made.readPassword())).hasSizeGreaterThanOrEqualTo(32).matches("[A-Za-z0-9_-]+");

        byte[] ca = Files.readAllBytes(made.ca());
        byte[] store = Files.readAllBytes(made.keyStore());
        LocalCertificates.ensure(dir);
        assertThat(Files.readAllBytes(made.ca())).isEqualTo(ca);
        assertThat(Files.readAllBytes(made.keyStore())).isEqualTo(store);
    }
}
