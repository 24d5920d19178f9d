package io.remoteassist.invitation.api.contacts;

import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;

import javax.crypto.KeyAgreement;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * Mutual authentication of two trusted contacts by their certificates, with an ECDH P-256 key agreement; no
 * password. Three messages, the initiator being the User's agent and the responder the Helper's client:
 *
 * <pre>
 * I → R  Hello  {name_I, eph_I, nonce_I}
 * R → I  Reply  {name_R, eph_R, nonce_R, sig_R = Sign_R("responder" || T)}
 * I → R  Finish {sig_I = Sign_I("initiator" || T)}
 * T = SHA-256(label, name_I, fp(cert_I), eph_I, nonce_I, name_R, fp(cert_R), eph_R, nonce_R)
 * key = HKDF-SHA-256(ECDH(eph_I, eph_R), salt = T, info = "remoteassist contact session key v1")
 * </pre>
 *
 * Each end verifies the other's signature against the certificate it <em>stored</em> for that name after their
 * first session (not one sent in the handshake), so the server relaying the messages cannot stand in for either
 * end. The transcript binds both fresh ephemeral keys and nonces: a message replayed from another handshake does not
 * verify. Messages carry base64 text so they travel as JSON.
 */
public final class ContactHandshake {

    /** The first message, from the initiator. */
    public record Hello(String name, String ephemeralKey, String nonce) {
    }

    /** The responder's answer, signed. */
    public record Reply(String name, String ephemeralKey, String nonce, String signature) {
    }

    /** The initiator's signature, which completes the handshake. */
    public record Finish(String signature) {
    }

    /** What both ends hold afterwards: the session key and a short code people can compare. */
    public record Result(byte[] sessionKey, String confirmationCode, String peerName, String peerFingerprint) {
    }

    private static final byte[] LABEL = "remoteassist contact handshake v1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] KEY_INFO = "remoteassist contact session key v1".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getEncoder();

    private ContactHandshake() {
    }

    /** Starts a handshake as the initiator, towards a contact whose card this end stored. */
    public static Initiator initiate(ContactIdentity self, ContactCard peer) throws ContactException {
        return new Initiator(self, peer.certificate(), peer.name());
    }

    /**
     * Answers a Hello as the responder. The caller looks up the card it stored under {@code hello.name()}.
     *
     * @throws ContactException if the Hello is malformed or does not come from the card's name
     */
    public static Responder respond(ContactIdentity self, ContactCard peer, Hello hello) throws ContactException {
        if (hello == null || !peer.name().equals(hello.name())) {
            throw new ContactException("the hello comes from " + (hello == null ? "nobody" : hello.name())
                + ", not from the stored contact " + peer.name());
        }
        return new Responder(self, peer.certificate(), hello);
    }

    /** The initiator's side. */
    public static final class Initiator {
        private final ContactIdentity self;
        private final X509Certificate peer;
        private final String peerName;
        private final KeyPair ephemeral = ephemeral();
        private final byte[] nonce = nonce();
        private boolean done;

        private Initiator(ContactIdentity self, X509Certificate peer, String peerName) {
            this.self = self;
            this.peer = peer;
            this.peerName = peerName;
        }

        public Hello hello() {
            return new Hello(self.name(), B64.encodeToString(ephemeral.getPublic().getEncoded()),
                B64.encodeToString(nonce));
        }

        /**
         * Checks the Reply against the stored certificate and signs the transcript.
         *
         * @return the Finish to send, and the result
         * @throws ContactException on a wrong name, a malformed message or a signature that does not verify
         */
        public Completed finish(Reply reply) throws ContactException {
            if (done) {
                throw new ContactException("this handshake is already finished");
            }
            if (reply == null || !peerName.equals(reply.name())) {
                throw new ContactException("the reply comes from " + (reply == null ? "nobody" : reply.name())
                    + ", not from " + peerName);
            }
            PublicKey theirs = publicKey(reply.ephemeralKey());
            byte[] transcript = transcript(self.name(), self.certificate(), ephemeral.getPublic().getEncoded(), nonce,
                reply.name(), peer, theirs.getEncoded(), bytes(reply.nonce(), "nonce", 32));
            if (!verify(peer, tagged("responder", transcript), bytes(reply.signature(), "signature", -1))) {
                throw new ContactException(peerName + "'s signature does not verify against the certificate stored "
                    + "for " + peerName + " (another key, or a replayed or altered message)");
            }
            done = true;
            Finish finish = new Finish(B64.encodeToString(self.sign(tagged("initiator", transcript))));
            return new Completed(finish, result(ephemeral, theirs, transcript, peerName, peer));
        }
    }

    /** The Finish to send and what the initiator now holds. */
    public record Completed(Finish finish, Result result) {
    }

    /** The responder's side. */
    public static final class Responder {
        private final X509Certificate peer;
        private final String peerName;
        private final KeyPair ephemeral = ephemeral();
        private final byte[] transcript;
        private final PublicKey theirs;
        private final Reply reply;
        private boolean done;

        private Responder(ContactIdentity self, X509Certificate peer, Hello hello) throws ContactException {
            this.peer = peer;
            this.peerName = hello.name();
            this.theirs = publicKey(hello.ephemeralKey());
            byte[] nonce = nonce();
            this.transcript = transcript(hello.name(), peer, theirs.getEncoded(), bytes(hello.nonce(), "nonce", 32),
                self.name(), self.certificate(), ephemeral.getPublic().getEncoded(), nonce);
            this.reply = new Reply(self.name(), B64.encodeToString(ephemeral.getPublic().getEncoded()),
                B64.encodeToString(nonce), B64.encodeToString(self.sign(tagged("responder", transcript))));
        }

        public Reply reply() {
            return reply;
        }

        /**
         * Checks the initiator's Finish against the stored certificate.
         *
         * @return the result
         * @throws ContactException if the signature does not verify
         */
        public Result complete(Finish finish) throws ContactException {
            if (done) {
                throw new ContactException("this handshake is already finished");
            }
            if (finish == null || !verify(peer, tagged("initiator", transcript), bytes(finish.signature(),
                "signature", -1))) {
                throw new ContactException(peerName + "'s signature does not verify against the certificate stored "
                    + "for " + peerName + " (another key, or a replayed or altered message)");
            }
            done = true;
            return result(ephemeral, theirs, transcript, peerName, peer);
        }
    }

    static boolean verify(X509Certificate cert, byte[] data, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance("SHA256withECDSA");
            verifier.initVerify(cert.getPublicKey());
            verifier.update(data);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static Result result(KeyPair mine, PublicKey theirs, byte[] transcript, String peerName,
                                 X509Certificate peer) throws ContactException {
        byte[] shared;
        try {
            KeyAgreement agreement = KeyAgreement.getInstance("ECDH");
            agreement.init(mine.getPrivate());
            agreement.doPhase(theirs, true);
            shared = agreement.generateSecret();
        } catch (GeneralSecurityException e) {
            throw new ContactException("the key agreement failed: " + e.getMessage());
        }
        HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
        hkdf.init(new HKDFParameters(shared, transcript, KEY_INFO));
        byte[] key = new byte[32];
        hkdf.generateBytes(key, 0, key.length);
        int code = (ByteBuffer.wrap(transcript, 0, 4).getInt() & 0x7fffffff) % 1_000_000;
        return new Result(key, String.format("%06d", code), peerName, ContactCard.fingerprint(peer));
    }

    private static byte[] transcript(String nameI, X509Certificate certI, byte[] ephI, byte[] nonceI,
                                     String nameR, X509Certificate certR, byte[] ephR, byte[] nonceR) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : new byte[][] {LABEL, nameI.getBytes(StandardCharsets.UTF_8),
            ContactCard.fingerprint(certI).getBytes(StandardCharsets.US_ASCII), ephI, nonceI,
            nameR.getBytes(StandardCharsets.UTF_8), ContactCard.fingerprint(certR).getBytes(StandardCharsets.US_ASCII),
            ephR, nonceR}) {
            out.writeBytes(ByteBuffer.allocate(4).putInt(part.length).array());
            out.writeBytes(part);
        }
        try {
            return MessageDigest.getInstance("SHA-256").digest(out.toByteArray());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] tagged(String role, byte[] transcript) {
        byte[] tag = role.getBytes(StandardCharsets.US_ASCII);
        return ByteBuffer.allocate(tag.length + transcript.length).put(tag).put(transcript).array();
    }

    private static PublicKey publicKey(String text) throws ContactException {
        byte[] encoded = bytes(text, "ephemeral key", -1);
        try {
            PublicKey key = KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(encoded));
            if (!(key instanceof java.security.interfaces.ECPublicKey ec)
                || ec.getParams().getCurve().getField().getFieldSize() != 256) {
                throw new ContactException("ephemeral key: not a P-256 key");
            }
            return key;
        } catch (GeneralSecurityException e) {
            throw new ContactException("ephemeral key: not an EC public key (" + e.getMessage() + ")");
        }
    }

    private static byte[] bytes(String text, String what, int length) throws ContactException {
        if (text == null || text.length() > 1024) {
            throw new ContactException(what + ": missing or too long");
        }
        byte[] value;
        try {
            value = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new ContactException(what + ": not base64");
        }
        if (length >= 0 && value.length != length) {
            throw new ContactException(what + ": " + value.length + " bytes, not " + length);
        }
        return value;
    }

    private static KeyPair ephemeral() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] nonce() {
        byte[] nonce = new byte[32];
        RANDOM.nextBytes(nonce);
        return nonce;
    }
}
