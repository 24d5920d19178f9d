package io.remoteassist.transport.net;

import io.remoteassist.transport.api.Role;
import io.remoteassist.transport.api.TransportException;
import io.remoteassist.transport.api.TransportStatus;
import io.remoteassist.transport.protocol.Auth;
import io.remoteassist.transport.protocol.AuthStep;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.agreement.srp.SRP6Client;
import org.bouncycastle.crypto.agreement.srp.SRP6Server;
import org.bouncycastle.crypto.agreement.srp.SRP6StandardGroups;
import org.bouncycastle.crypto.agreement.srp.SRP6VerifierGenerator;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.params.SRP6GroupParameters;
import org.bouncycastle.util.BigIntegers;

/**
 * SRP-6a password-authenticated key exchange (Bouncy Castle, RFC 5054 2048-bit group, SHA-256) carried in
 * {@code AUTH} frames. The Helper is the SRP client (it knows the password), the User's agent the server (it
 * keeps only the {@link SrpVerifier}); the relay sees the messages but learns neither password nor key.
 *
 * <pre>
 *   Helper (Client)                              User's agent (Server)
 *   start()          -- SRP_START(I) -------------->  challenge(start)
 *   proof(challenge) <-- SRP_CHALLENGE(s, B) -------
 *                    -- SRP_PROOF(A, M1) ---------->  confirm(proof)     wrong password: AUTH_FAILED
 *   finish(confirm)  <-- SRP_CONFIRM(M2) -----------                     sessionKey()
 *   sessionKey()        (M2 wrong: AUTH_FAILED)
 * </pre>
 * Both ends then feed {@code sessionKey()} to {@link SessionCipher#create}. Each side object is single-use and
 * not thread-safe.
 */
public final class SrpHandshake {

    private static final SRP6GroupParameters GROUP = SRP6StandardGroups.rfc5054_2048;

    private SrpHandshake() {
    }

    /**
     * Makes the verifier the User's agent keeps for a password.
     *
     * @param identity the SRP identity
     * @param password the password; not retained
     * @param random   source of the salt
     * @return salt and verifier
     */
    public static SrpVerifier newVerifier(String identity, char[] password, SecureRandom random) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        SRP6VerifierGenerator generator = new SRP6VerifierGenerator();
        generator.init(GROUP, digest());
        byte[] secret = utf8(password);
        try {
            BigInteger v = generator.generateVerifier(salt, utf8(identity), secret);
            return new SrpVerifier(identity, salt, BigIntegers.asUnsignedByteArray(v));
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    /**
     * Keys a session's end-to-end encryption from the SRP-6a session key: HKDF-SHA256 (in {@link SessionCipher})
     * with the context {@code "remoteassist srp session v1" 0x00 sessionId}, one AES-256-GCM key per direction.
     *
     * @param sessionKey the key both ends derived from the handshake
     * @param sessionId  the session the server opened for the accepted invitation
     * @param local      this end's role
     * @return the session's cipher
     */
    public static SessionCipher sessionCipher(byte[] sessionKey, String sessionId, Role local) {
        byte[] label = "remoteassist srp session v1".getBytes(StandardCharsets.US_ASCII);
        byte[] id = utf8(sessionId);
        byte[] context = new byte[label.length + 1 + id.length];
        System.arraycopy(label, 0, context, 0, label.length);
        System.arraycopy(id, 0, context, label.length + 1, id.length);
        return SessionCipher.create(sessionKey, context, local);
    }

    /** The side that knows the password: the Helper. */
    public static final class Client {

        private final String identity;
        private final byte[] password;
        private final SRP6Client srp = new SRP6Client();
        private byte[] sessionKey;

        /**
         * @param identity the SRP identity, as the verifier was made
         * @param password the password typed by the Helper; copied, and wiped once used
         * @param random   source of the ephemeral secret
         */
        public Client(String identity, char[] password, SecureRandom random) {
            this.identity = identity;
            this.password = utf8(password);
            srp.init(GROUP, digest(), random);
        }

        /** @return the first message: the identity */
        public Auth start() {
            return Auth.of(AuthStep.SRP_START, utf8(identity));
        }

        /**
         * @param challenge the server's salt and B
         * @return A and the evidence M1 that this side knows the password
         * @throws TransportException {@link TransportStatus#AUTH_FAILED} if the challenge is invalid
         */
        public Auth proof(Auth challenge) throws TransportException {
            expect(challenge, AuthStep.SRP_CHALLENGE);
            try {
                BigInteger a = srp.generateClientCredentials(challenge.first(), utf8(identity), password);
                srp.calculateSecret(new BigInteger(1, challenge.second()));
                BigInteger m1 = srp.calculateClientEvidenceMessage();
                return new Auth(AuthStep.SRP_PROOF, BigIntegers.asUnsignedByteArray(a),
                        BigIntegers.asUnsignedByteArray(m1));
            } catch (CryptoException e) {
                throw new TransportException(TransportStatus.AUTH_FAILED, "invalid SRP challenge", e);
            } finally {
                Arrays.fill(password, (byte) 0);
            }
        }

        /**
         * @param confirm the server's evidence M2
         * @throws TransportException {@link TransportStatus#AUTH_FAILED} if M2 does not prove the verifier
         */
        public void finish(Auth confirm) throws TransportException {
            expect(confirm, AuthStep.SRP_CONFIRM);
            try {
                if (!srp.verifyServerEvidenceMessage(new BigInteger(1, confirm.first()))) {
                    throw new TransportException(TransportStatus.AUTH_FAILED, "server evidence does not verify");
                }
                sessionKey = BigIntegers.asUnsignedByteArray(KEY_BYTES, srp.calculateSessionKey());
            } catch (CryptoException e) {
                throw new TransportException(TransportStatus.AUTH_FAILED, "SRP confirmation out of order", e);
            }
        }

        /** @return the session key, once {@link #finish(Auth)} has succeeded */
        public byte[] sessionKey() {
            return requireKey(sessionKey);
        }
    }

    /** The side that keeps the verifier: the User's agent. */
    public static final class Server {

        private final SrpVerifier verifier;
        private final SRP6Server srp = new SRP6Server();
        private byte[] sessionKey;

        /**
         * @param verifier the stored verifier
         * @param random   source of the ephemeral secret
         */
        public Server(SrpVerifier verifier, SecureRandom random) {
            this.verifier = verifier;
            srp.init(GROUP, new BigInteger(1, verifier.verifier()), digest(), random);
        }

        /**
         * @param start the client's identity
         * @return the salt and B
         * @throws TransportException {@link TransportStatus#AUTH_FAILED} if the identity is not this verifier's
         */
        public Auth challenge(Auth start) throws TransportException {
            expect(start, AuthStep.SRP_START);
            if (!Arrays.equals(start.first(), utf8(verifier.identity()))) {
                throw new TransportException(TransportStatus.AUTH_FAILED, "unknown SRP identity");
            }
            BigInteger b = srp.generateServerCredentials();
            return new Auth(AuthStep.SRP_CHALLENGE, verifier.salt().clone(), BigIntegers.asUnsignedByteArray(b));
        }

        /**
         * @param proof the client's A and M1
         * @return the evidence M2 that this side holds the verifier
         * @throws TransportException {@link TransportStatus#AUTH_FAILED} if M1 does not verify: wrong password
         */
        public Auth confirm(Auth proof) throws TransportException {
            expect(proof, AuthStep.SRP_PROOF);
            try {
                srp.calculateSecret(new BigInteger(1, proof.first()));
                if (!srp.verifyClientEvidenceMessage(new BigInteger(1, proof.second()))) {
                    throw new TransportException(TransportStatus.AUTH_FAILED, "wrong password");
                }
                BigInteger m2 = srp.calculateServerEvidenceMessage();
                sessionKey = BigIntegers.asUnsignedByteArray(KEY_BYTES, srp.calculateSessionKey());
                return Auth.of(AuthStep.SRP_CONFIRM, BigIntegers.asUnsignedByteArray(m2));
            } catch (CryptoException e) {
                throw new TransportException(TransportStatus.AUTH_FAILED, "invalid SRP proof", e);
            }
        }

        /** @return the session key, once {@link #confirm(Auth)} has succeeded */
        public byte[] sessionKey() {
            return requireKey(sessionKey);
        }
    }

    private static void expect(Auth message, AuthStep step) throws TransportException {
        if (message.step() != step) {
            throw new TransportException(TransportStatus.AUTH_FAILED, "expected " + step + ", got " + message.step());
        }
    }

    private static byte[] requireKey(byte[] key) {
        if (key == null) {
            throw new IllegalStateException("handshake not complete");
        }
        return key.clone();
    }

    /**
     * The session key is H(S), always written as the hash's full 32 bytes: the minimal form would be 31 bytes once
     * in 256 handshakes, and the console's client must derive exactly the same bytes.
     */
    static final int KEY_BYTES = 32;

    private static Digest digest() {
        return new SHA256Digest();
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] utf8(char[] value) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(value));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        Arrays.fill(encoded.array(), (byte) 0);
        return bytes;
    }
}
