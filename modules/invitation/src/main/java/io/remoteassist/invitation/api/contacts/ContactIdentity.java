package io.remoteassist.invitation.api.contacts;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Objects;

/**
 * One end's own identity for trusted contacts: an ECDSA P-256 key pair and a certificate issued by that key to the
 * account name ({@code CN=name}). Kept in the end's state directory as {@code identity-NAME.key} (PKCS#8, readable
 * by the owner only) and {@code identity-NAME.crt}; made on first use.
 */
public final class ContactIdentity {

    private static final Duration VALIDITY = Duration.ofDays(3650);

    private final String name;
    private final PrivateKey key;
    private final X509Certificate certificate;

    private ContactIdentity(String name, PrivateKey key, X509Certificate certificate) {
        this.name = name;
        this.key = key;
        this.certificate = certificate;
    }

    /**
     * Makes a new identity in memory.
     *
     * @param name the account name
     * @return the identity
     */
    public static ContactIdentity create(String name) {
        if (!ContactCard.NAME.matcher(Objects.requireNonNull(name, "name")).matches()) {
            throw new IllegalArgumentException("name: use 1 to 64 letters, digits and . _ - @ \\");
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
            KeyPair pair = generator.generateKeyPair();
            X500Name subject = new X500Name("CN=" + escape(name));
            Instant now = Instant.now();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
                new BigInteger(64, new SecureRandom()).add(BigInteger.ONE), Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(VALIDITY)), subject, pair.getPublic());
            X509Certificate cert = new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
            return new ContactIdentity(name, pair.getPrivate(), cert);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("cannot make an ECDSA P-256 certificate", e);
        }
    }

    /**
     * Loads the identity of {@code name} from a state directory, making and saving it the first time.
     *
     * @param stateDir the end's state directory (e.g. {@code ~/.remoteassist})
     * @param name the account name
     * @return the identity
     * @throws ContactException if the files are there but unreadable or do not match
     */
    public static ContactIdentity loadOrCreate(Path stateDir, String name) throws ContactException {
        Path keyFile = stateDir.resolve("identity-" + name + ".key");
        Path certFile = stateDir.resolve("identity-" + name + ".crt");
        try {
            if (Files.exists(keyFile) && Files.exists(certFile)) {
                return load(name, Files.readString(keyFile), Files.readString(certFile));
            }
            ContactIdentity identity = create(name);
            Files.createDirectories(stateDir);
            Files.writeString(keyFile, "");
            try {
                Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the directory's own protection applies
            }
            Files.writeString(keyFile, "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(identity.key.getEncoded()) + "\n-----END PRIVATE KEY-----\n");
            Files.writeString(certFile, ContactCard.pem(identity.certificate));
            return identity;
        } catch (IOException e) {
            throw new ContactException("cannot keep the identity in " + stateDir + ": " + e.getMessage());
        }
    }

    private static ContactIdentity load(String name, String keyPem, String certPem) throws ContactException {
        X509Certificate cert = new ContactCard(name, certPem).certificate();
        try {
            byte[] der = Base64.getMimeDecoder().decode(keyPem.replace("-----BEGIN PRIVATE KEY-----", "")
                .replace("-----END PRIVATE KEY-----", "").strip());
            PrivateKey key = KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(der));
            ContactIdentity identity = new ContactIdentity(name, key, cert);
            byte[] probe = "identity check".getBytes(StandardCharsets.US_ASCII);
            if (!ContactHandshake.verify(cert, probe, identity.sign(probe))) {
                throw new ContactException("identity-" + name + ".key does not belong to identity-" + name + ".crt");
            }
            return identity;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new ContactException("identity-" + name + ".key: not a PKCS#8 EC key (" + e.getMessage() + ")");
        }
    }

    /** Returns the account name. */
    public String name() {
        return name;
    }

    /** Returns the certificate. */
    public X509Certificate certificate() {
        return certificate;
    }

    /** Returns the card to give the other end. */
    public ContactCard card() {
        return new ContactCard(name, ContactCard.pem(certificate));
    }

    /** Returns the certificate's SHA-256 fingerprint, hex. */
    public String fingerprint() {
        return ContactCard.fingerprint(certificate);
    }

    byte[] sign(byte[] data) {
        try {
            Signature signature = Signature.getInstance("SHA256withECDSA");
            signature.initSign(key);
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String escape(String name) {
        return name.replace("\\", "\\\\").replace(",", "\\,").replace("+", "\\+").replace("=", "\\=");
    }
}
