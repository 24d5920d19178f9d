package io.remoteassist.transport.net;

import io.remoteassist.transport.api.Frame;
import io.remoteassist.transport.api.FrameType;
import io.remoteassist.transport.api.Role;
import io.remoteassist.transport.api.TransportStatus;
import io.remoteassist.transport.protocol.FrameCodec;
import io.remoteassist.transport.protocol.ProtocolException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Objects;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;

/**
 * End-to-end encryption of frames between the User and the Helper with AES-256-GCM; the relay in between sees
 * headers and ciphertext only. The envelope layout is documented in {@link FrameCodec}.
 *
 * <ul>
 *   <li>Keys: HKDF-SHA256 of the shared secret (from SRP-6a or ECDH), salt = the caller's context (session id,
 *       handshake transcript), info = {@code "remoteassist transport v1 " + sending role}: one key per direction,
 *       so a frame reflected back to its sender does not open.
 *   <li>Nonce: sender role id (1 byte), lane (1 byte), two zero bytes, then the lane's 64-bit sequence number.
 *       Reliable frames (lane 0), screen tiles (lane 1) and the pointer (lane 2, {@code CURSOR}) have separate lanes
 *       because a relay delivers reliable frames first, then the pointer, then tiles, and drops superseded droppable
 *       ones; each lane keeps its own order.
 *   <li>Replay: a frame whose sequence number is not greater than its lane's last accepted one is rejected
 *       with {@link TransportStatus#REPLAYED_FRAME}; in the reliable lane a skipped number is a missing frame,
 *       {@link TransportStatus#SEQUENCE_GAP}. The tile and pointer lanes tolerate gaps.
 *   <li>AAD: the 12 header bytes as sent, so type, flags, key and length cannot be altered.
 * </ul>
 *
 * <p>Sealing and opening are independently thread-safe (each side has its own lock and {@link Cipher}); one
 * output array is allocated per frame, nothing per byte.
 */
public final class SessionCipher {

    private static final int TAG_BITS = 128;
    private static final int RELIABLE = 0;
    private static final int DROPPABLE = 1;
    private static final int POINTER = 2;

    private final Role local;
    private final Direction sending;
    private final Direction receiving;

    private SessionCipher(Role local, byte[] sendKey, byte[] receiveKey) {
        this.local = local;
        this.sending = new Direction(local, sendKey, Cipher.ENCRYPT_MODE);
        this.receiving = new Direction(local.peer(), receiveKey, Cipher.DECRYPT_MODE);
    }

    /**
     * Derives both directions' keys.
     *
     * @param sharedSecret the agreed secret; at least 16 bytes
     * @param context      binds the keys to this session, e.g. session id and handshake transcript
     * @param local        this end's role: it seals with its own direction's key and opens with the peer's
     * @return a cipher whose sequence numbers start at 1 in each lane
     */
    public static SessionCipher create(byte[] sharedSecret, byte[] context, Role local) {
        Objects.requireNonNull(local, "local");
        if (sharedSecret.length < 16) {
            throw new IllegalArgumentException("shared secret shorter than 16 bytes");
        }
        return new SessionCipher(local, derive(sharedSecret, context, local), derive(sharedSecret, context,
                local.peer()));
    }

    /** @return this end's role */
    public Role local() {
        return local;
    }

    /**
     * Encrypts a clear frame into an envelope under this end's key.
     *
     * @param clear a clear frame of an encryptable type
     * @return the same type and key with the ENCRYPTED flag and an envelope payload
     * @throws IllegalArgumentException if the frame is already encrypted or its type may not be
     */
    public Frame seal(Frame clear) {
        if (clear.encrypted() || !clear.type().encryptable()) {
            throw new IllegalArgumentException("cannot seal " + clear);
        }
        return sending.seal(clear);
    }

    /**
     * Authenticates and decrypts an envelope from the peer.
     *
     * @param sealed an encrypted frame
     * @return the clear frame
     * @throws ProtocolException {@link TransportStatus#REPLAYED_FRAME}, {@link TransportStatus#SEQUENCE_GAP},
     *                           {@link TransportStatus#DECRYPTION_FAILED} (tampered, wrong key or direction) or
     *                           {@link TransportStatus#MALFORMED_FRAME} (not an envelope); the cipher's state is
     *                           unchanged by a rejected frame
     */
    public Frame open(Frame sealed) throws ProtocolException {
        if (!sealed.encrypted() || sealed.payload().length < FrameCodec.ENVELOPE_OVERHEAD) {
            throw new ProtocolException(TransportStatus.MALFORMED_FRAME, "not an encrypted envelope");
        }
        return receiving.open(sealed);
    }

    private static byte[] derive(byte[] secret, byte[] context, Role sender) {
        HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
        byte[] info = ("remoteassist transport v1 " + sender.name()).getBytes(StandardCharsets.US_ASCII);
        hkdf.init(new HKDFParameters(secret, context, info));
        byte[] key = new byte[32];
        hkdf.generateBytes(key, 0, key.length);
        return key;
    }

    /** One direction: its key, its cipher object and its per-lane sequence numbers, under one lock. */
    private static final class Direction {

        private final int roleId;
        private final SecretKeySpec key;
        private final Cipher cipher;
        private final int mode;
        private final long[] sequence = new long[3];
        private final byte[] header = new byte[Frame.HEADER_SIZE];
        private final byte[] nonce = new byte[12];

        Direction(Role sender, byte[] key, int mode) {
            this.roleId = sender.wireId();
            this.key = new SecretKeySpec(key, "AES");
            this.mode = mode;
            try {
                this.cipher = Cipher.getInstance("AES/GCM/NoPadding");
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES-GCM unavailable", e);
            }
        }

        synchronized Frame seal(Frame clear) {
            int lane = lane(clear.type());
            if (sequence[lane] == Long.MAX_VALUE) {
                throw new IllegalStateException("sequence numbers exhausted; rekey");
            }
            long seq = ++sequence[lane];
            int flags = clear.flags() | Frame.ENCRYPTED;
            byte[] out = new byte[clear.payload().length + FrameCodec.ENVELOPE_OVERHEAD];
            putLong(out, 0, seq);
            try {
                start(clear, flags, out.length, lane, seq);
                cipher.doFinal(clear.payload(), 0, clear.payload().length, out, 8);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES-GCM seal failed", e);
            }
            return new Frame(clear.type(), flags, clear.key(), out);
        }

        synchronized Frame open(Frame sealed) throws ProtocolException {
            int lane = lane(sealed.type());
            byte[] in = sealed.payload();
            long seq = getLong(in, 0);
            if (seq <= sequence[lane]) {
                throw new ProtocolException(TransportStatus.REPLAYED_FRAME,
                        "sequence " + seq + " not after " + sequence[lane] + " in lane " + lane);
            }
            byte[] out = new byte[in.length - FrameCodec.ENVELOPE_OVERHEAD];
            try {
                start(sealed, sealed.flags(), in.length, lane, seq);
                cipher.doFinal(in, 8, in.length - 8, out, 0);
            } catch (AEADBadTagException e) {
                throw new ProtocolException(TransportStatus.DECRYPTION_FAILED, "frame does not authenticate", e);
            } catch (GeneralSecurityException e) {
                throw new ProtocolException(TransportStatus.DECRYPTION_FAILED, "frame does not decrypt", e);
            }
            // checked only once the frame is authentic: a forged number must not be reported as a gap
            if (lane == RELIABLE && seq != sequence[lane] + 1) {
                throw new ProtocolException(TransportStatus.SEQUENCE_GAP,
                        "reliable sequence jumped from " + sequence[lane] + " to " + seq);
            }
            sequence[lane] = seq;
            return new Frame(sealed.type(), sealed.flags() & ~Frame.ENCRYPTED, sealed.key(), out);
        }

        private void start(Frame frame, int flags, int length, int lane, long seq)
                throws GeneralSecurityException {
            nonce[0] = (byte) roleId;
            nonce[1] = (byte) lane;
            putLong(nonce, 4, seq);
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            FrameCodec.writeHeader(header, 0, frame.type(), flags, frame.key(), length);
            cipher.updateAAD(header);
        }
    }

    private static int lane(FrameType type) {
        return type == FrameType.CURSOR ? POINTER : type.droppable() ? DROPPABLE : RELIABLE;
    }

    private static void putLong(byte[] dst, int off, long value) {
        for (int i = 7; i >= 0; i--) {
            dst[off + i] = (byte) value;
            value >>>= 8;
        }
    }

    private static long getLong(byte[] src, int off) {
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = value << 8 | (src[off + i] & 0xFF);
        }
        return value;
    }

    /** @return a description without key material */
    @Override
    public String toString() {
        return "SessionCipher[" + local + "]";
    }
}
