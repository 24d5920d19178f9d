package io.remoteassist.devstack;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The TLS certificates of {@code ops/ra up}, made once under {@code STATE_DIR/tls/}: a local certificate authority
 * ({@code ca.pem}, to import in a browser or name in {@code RA_CA_FILE}) and the server's certificate signed by it,
 * for localhost, 127.0.0.1, ::1 and this host's name, in a PKCS#12 key store ({@code server.p12}) whose random
 * password is in {@code server.p12.password} (both mode 600). The CA's private key is not kept: delete the
 * directory to make new ones. Usage: {@code LocalCertificates STATE_DIR/tls}.
 */
public final class LocalCertificates {

    public static final String CA_FILE = "ca.pem";
    public static final String KEY_STORE = "server.p12";
    public static final String PASSWORD_FILE = "server.p12.password";
    public static final String ALIAS = "server";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Where the files are. */
    public record Made(Path ca, Path keyStore, Path password) {

        /** @return the key store's password */
        public char[] readPassword() throws IOException {
            return Files.readString(password, StandardCharsets.US_ASCII).trim().toCharArray();
        }
    }

    private LocalCertificates() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: LocalCertificates DIRECTORY");
            System.exit(2);
        }
        Made made = ensure(Path.of(args[0]));
        System.out.println("ca: " + made.ca());
        System.out.println("key store: " + made.keyStore());
    }

    /** Makes the CA and the server's key store in {@code dir} unless they are there already. */
    public static Made ensure(Path dir) throws IOException, GeneralSecurityException {
        Made files = new Made(dir.resolve(CA_FILE), dir.resolve(KEY_STORE), dir.resolve(PASSWORD_FILE));
        if (Files.isRegularFile(files.ca()) && Files.isRegularFile(files.keyStore())
            && Files.isRegularFile(files.password())) {
            return files;
        }
        Files.createDirectories(dir);
        make(files, hostNames());
        return files;
    }

    /** localhost, this host's name (and its full name when it has one), 127.0.0.1 and ::1. */
    static Set<String> hostNames() {
        Set<String> names = new LinkedHashSet<>(List.of("localhost", "127.0.0.1", "::1"));
        try {
            InetAddress local = InetAddress.getLocalHost();
            names.add(local.getHostName());
            names.add(local.getCanonicalHostName());
        } catch (IOException e) {
            // no name for this host: localhost and the loopback addresses only
        }
        return names;
    }

    /** Makes the CA and the server's key store for {@code names} . */
    static void make(Made files, Set<String> names) throws IOException, GeneralSecurityException {
        KeyPair caKeys = ecKeys();
        Instant now = Instant.now().minus(Duration.ofMinutes(5));
        X500Name caName = new X500Name("CN=RemoteAssist local CA " + now.getEpochSecond());
        X509v3CertificateBuilder ca = new JcaX509v3CertificateBuilder(caName, serial(), Date.from(now),
            Date.from(now.plus(Duration.ofDays(3650))), caName, caKeys.getPublic());
        JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
        ca.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
        ca.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        ca.addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(caKeys.getPublic()));
        X509Certificate caCert = sign(ca, caKeys);

        KeyPair serverKeys = ecKeys();
        X509v3CertificateBuilder server = new JcaX509v3CertificateBuilder(caCert, serial(), Date.from(now),
            Date.from(now.plus(Duration.ofDays(397))), new X500Name("CN=localhost"), serverKeys.getPublic());
        server.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        server.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
        server.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
        server.addExtension(Extension.subjectAlternativeName, false, sans(names));
        server.addExtension(Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(caCert));
        server.addExtension(Extension.subjectKeyIdentifier, false,
            ext.createSubjectKeyIdentifier(serverKeys.getPublic()));
        X509Certificate serverCert = sign(server, caKeys);

        char[] password = password();
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(ALIAS, serverKeys.getPrivate(), password, new Certificate[] {serverCert, caCert});
        writePrivate(files.password(), new String(password).getBytes(StandardCharsets.US_ASCII));
        java.io.ByteArrayOutputStream p12 = new java.io.ByteArrayOutputStream();
        store.store(p12, password);
        writePrivate(files.keyStore(), p12.toByteArray());
        write(files.ca(), pem(caCert).getBytes(StandardCharsets.US_ASCII));
    }

    /** @return the certificate in PEM */
    public static String pem(X509Certificate cert) throws GeneralSecurityException {
        return "-----BEGIN CERTIFICATE-----\n"
            + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(cert.getEncoded())
            + "\n-----END CERTIFICATE-----\n";
    }

    /** @return base64 of the SHA-256 of the certificate's SubjectPublicKeyInfo, as browsers pin a key */
    public static String spkiPin(X509Certificate cert) throws GeneralSecurityException {
        return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
            .digest(cert.getPublicKey().getEncoded()));
    }

    /** @return the server's certificate in the key store of {@code files} */
    public static X509Certificate serverCertificate(Made files) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(files.keyStore())) {
            store.load(in, files.readPassword());
        }
        return (X509Certificate) store.getCertificate(ALIAS);
    }

    private static GeneralNames sans(Set<String> names) {
        List<GeneralName> list = new ArrayList<>();
        for (String name : names) {
            boolean ip = name.contains(":") || name.matches("[0-9.]+");
            list.add(new GeneralName(ip ? GeneralName.iPAddress : GeneralName.dNSName, name));
        }
        return new GeneralNames(list.toArray(GeneralName[]::new));
    }

    private static KeyPair ecKeys() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
        return generator.generateKeyPair();
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, KeyPair signer)
        throws GeneralSecurityException {
        try {
            return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(signer.getPrivate())));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException("cannot sign: " + e.getMessage(), e);
        }
    }

    private static BigInteger serial() {
        return new BigInteger(127, RANDOM).add(BigInteger.ONE);
    }

    private static char[] password() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).toCharArray();
    }

    private static void writePrivate(Path file, byte[] bytes) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        try {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(tmp);
        }
        try (OutputStream out = Files.newOutputStream(tmp)) {
            out.write(bytes);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(tmp, bytes);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
