package io.remoteassist.server.relay;

import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.io.ByteArrayOutputStream;

/**
 * Vouches for the ephemeral ECDH keys of a session's two ends (offer-mode trust, as in DESIGN §5: the organization's
 * server is trusted, the relay path is not). Each end gets its P-256 public key signed once per session and role;
 * the other end checks the signature before agreeing a key, so whoever sits on the relay path without this key
 * cannot put itself in the middle.
 *
 * <h2>Signed message</h2>
 * <pre>
 * "remoteassist relay key v1" | 0x00 | session id (UTF-8) | 0x00 | role ("USER" or "HELPER") | 0x00 | key (X.509 SPKI)
 * </pre>
 * Signature: ECDSA P-256 with SHA-256, IEEE P1363 encoding ({@code r | s}, 64 bytes), which is what WebCrypto's
 * {@code verify} takes. The signing key lives for the process; several server nodes need one shared key.
 * Thread-safe.
 */
@Singleton
public class RelaySigner {

    static final String LABEL = "remoteassist relay key v1";
    static final String ALGORITHM = "SHA256withECDSAinP1363Format";

    private final KeyPair keyPair;

    RelaySigner() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
            keyPair = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("P-256 unavailable", e);
        }
    }

    /** @return the verification key, X.509 SubjectPublicKeyInfo */
    public byte[] publicKey() {
        return keyPair.getPublic().getEncoded();
    }

    /**
     * @param sessionId the session
     * @param role      {@code USER} or {@code HELPER}
     * @param ecdhKey   the end's ephemeral P-256 key, X.509 SPKI
     * @return the P1363 signature
     * @throws IllegalArgumentException if the key is not a P-256 public key
     */
    public byte[] sign(String sessionId, String role, byte[] ecdhKey) {
        checkP256(ecdhKey);
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(keyPair.getPrivate());
            signature.update(message(sessionId, role, ecdhKey));
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign", e);
        }
    }

    /** The bytes that are signed, see the class comment. */
    public static byte[] message(String sessionId, String role, byte[] ecdhKey) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 + ecdhKey.length);
        out.writeBytes(LABEL.getBytes(StandardCharsets.US_ASCII));
        out.write(0);
        out.writeBytes(sessionId.getBytes(StandardCharsets.UTF_8));
        out.write(0);
        out.writeBytes(role.getBytes(StandardCharsets.US_ASCII));
        out.write(0);
        out.writeBytes(ecdhKey);
        return out.toByteArray();
    }

    private static void checkP256(byte[] spki) {
        try {
            PublicKey key = KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(spki));
            if (!(key instanceof ECPublicKey ec) || ec.getParams().getCurve().getField().getFieldSize() != 256) {
                throw new IllegalArgumentException("not a P-256 key");
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an X.509 EC public key", e);
        }
    }
}
