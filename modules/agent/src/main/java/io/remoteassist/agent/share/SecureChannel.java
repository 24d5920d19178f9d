package io.remoteassist.agent.share;

import io.remoteassist.transport.api.Frame;
import io.remoteassist.transport.api.Role;
import io.remoteassist.transport.api.TransportException;
import io.remoteassist.transport.api.TransportStatus;
import io.remoteassist.transport.net.EcdhAgreement;
import io.remoteassist.transport.net.SessionCipher;
import io.remoteassist.transport.net.SrpHandshake;
import io.remoteassist.transport.protocol.Auth;
import io.remoteassist.transport.protocol.AuthStep;
import io.remoteassist.transport.protocol.PayloadCodec;
import io.remoteassist.transport.protocol.ProtocolException;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;

/**
 * End-to-end keys between the User's agent and the Helper's browser, with what a browser can do natively:
 *
 * <ol>
 *   <li>Each end makes an ephemeral ECDH P-256 key and has the server sign it for (session id, role) — offer-mode
 *       trust: the server vouches, the relay path is not trusted. Signed message:
 *       {@code "remoteassist relay key v1" 0x00 sessionId 0x00 ROLE 0x00 SPKI}, ECDSA P-256 / SHA-256, P1363.
 *   <li>Each sends {@code AUTH(ECDH_KEY, first = SPKI, second = signature)} in clear.
 *   <li>On the peer's AUTH: verify the signature with the server's key for the peer's role, ECDH, then
 *       {@link SessionCipher#create} with context {@code sessionId (UTF-8) 0x00 userSPKI helperSPKI}: HKDF-SHA256,
 *       one AES-256-GCM key per direction, nonce {@code role | lane | 0x0000 | seq}, AAD = frame header.
 * </ol>
 * A six-digit confirmation code, {@code SHA-256("remoteassist confirm v1" 0x00 context)} → first three bytes mod
 * 10^6, is shown on both ends for an optional check by phone. Thread-safe once keyed.
 */
final class SecureChannel {

    private static final String LABEL = "remoteassist relay key v1";

    private final String sessionId;
    private final Role local;
    private final PublicKey serverKey;
    private final EcdhAgreement ecdh;
    private volatile SessionCipher cipher;
    private volatile String confirmation;

    private SecureChannel(String sessionId, Role local, byte[] srpSessionKey) {
        this.sessionId = sessionId;
        this.local = local;
        this.serverKey = null;
        this.ecdh = null;
        this.cipher = SrpHandshake.sessionCipher(srpSessionKey, sessionId, local);
        this.confirmation = confirmationCode(context(srpSessionKey));
    }

    /**
     * A solicited session's channel, keyed at once from the SRP-6a session key the invitation handshake gave both
     * ends (HKDF-SHA256 with the session id, see {@link SrpHandshake#sessionCipher}): no server signature is
     * involved, so a server that is not trusted cannot place itself in the middle.
     */
    static SecureChannel fromSrp(String sessionId, Role local, byte[] srpSessionKey) {
        return new SecureChannel(sessionId, local, srpSessionKey);
    }

    SecureChannel(String sessionId, Role local, byte[] serverKey, SecureRandom random) {
        this.sessionId = sessionId;
        this.local = local;
        try {
            this.serverKey = KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(serverKey));
        } catch (GeneralSecurityException e) {
            throw new ShareException("the server's signing key is not an EC key");
        }
        this.ecdh = new EcdhAgreement(random);
    }

    byte[] publicKey() {
        return ecdh.publicKey();
    }

    /** @return this end's AUTH frame, carrying its key and the server's signature of it */
    Frame offer(byte[] signature) {
        return PayloadCodec.encode(new Auth(AuthStep.ECDH_KEY, ecdh.publicKey(), signature));
    }

    /**
     * Takes the peer's AUTH and keys the session.
     *
     * @throws TransportException {@link TransportStatus#AUTH_FAILED} if the signature does not verify or the key is
     *                            invalid; a second AUTH is refused the same way
     */
    synchronized void accept(Auth peer) throws TransportException {
        if (cipher != null || ecdh == null || peer.step() != AuthStep.ECDH_KEY) {
            throw new TransportException(TransportStatus.AUTH_FAILED, "unexpected " + peer.step());
        }
        if (!verify(local.peer(), peer.first(), peer.second())) {
            throw new TransportException(TransportStatus.AUTH_FAILED, "the peer's key is not signed by the server");
        }
        byte[] secret = ecdh.agree(peer.first());
        byte[] context = context(ecdh.transcript(local, peer.first()));
        confirmation = confirmationCode(context);
        cipher = SessionCipher.create(secret, context, local);
    }

    boolean keyed() {
        return cipher != null;
    }

    /** @return the six-digit code both ends show, once keyed */
    String confirmation() {
        return confirmation;
    }

    Frame seal(Frame clear) {
        return cipher.seal(clear);
    }

    Frame open(Frame sealed) throws ProtocolException {
        SessionCipher current = cipher;
        if (current == null) {
            throw new ProtocolException(TransportStatus.DECRYPTION_FAILED, "encrypted frame before the key agreement");
        }
        return current.open(sealed);
    }

    private byte[] context(byte[] transcript) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(sessionId.getBytes(StandardCharsets.UTF_8));
        out.write(0);
        out.writeBytes(transcript);
        return out.toByteArray();
    }

    private boolean verify(Role role, byte[] key, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance("SHA256withECDSAinP1363Format");
            verifier.initVerify(serverKey);
            verifier.update(signedMessage(sessionId, role, key));
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    static byte[] signedMessage(String sessionId, Role role, byte[] key) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(LABEL.getBytes(StandardCharsets.US_ASCII));
        out.write(0);
        out.writeBytes(sessionId.getBytes(StandardCharsets.UTF_8));
        out.write(0);
        out.writeBytes(role.name().getBytes(StandardCharsets.US_ASCII));
        out.write(0);
        out.writeBytes(key);
        return out.toByteArray();
    }

    static String confirmationCode(byte[] context) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update("remoteassist confirm v1".getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) 0);
            byte[] digest = sha.digest(context);
            int value = (digest[0] & 0xFF) << 16 | (digest[1] & 0xFF) << 8 | (digest[2] & 0xFF);
            return String.format("%06d", value % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
