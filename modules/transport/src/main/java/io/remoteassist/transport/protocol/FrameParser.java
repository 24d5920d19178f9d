package io.remoteassist.transport.protocol;

import io.remoteassist.transport.api.Frame;
import io.remoteassist.transport.api.FrameSink;
import io.remoteassist.transport.api.FrameType;
import io.remoteassist.transport.api.TransportException;
import io.remoteassist.transport.api.TransportStatus;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Incremental reader of the wire format ({@link FrameCodec}): accepts bytes in any chunking, from one byte at a
 * time to many frames at once, and emits each frame as soon as its last byte arrives.
 *
 * <p>The header is accumulated in a fixed array; a frame's payload array is allocated once, at its exact
 * length, after the header has been checked against the caps, so a hostile length cannot make it allocate
 * more than the cap. Nothing is allocated per byte.
 *
 * <p>After the first error the parser is failed: every later {@code feed} throws the same exception. Not
 * thread-safe; use one parser per inbound byte stream.
 */
public final class FrameParser {

    private static final byte[] EMPTY = new byte[0];

    private final int maxPayload;
    private final byte[] header = new byte[Frame.HEADER_SIZE];
    private int headerFill;
    private FrameType type;
    private int flags;
    private int key;
    private byte[] payload;
    private int payloadFill;
    private ProtocolException failure;
    private long framesParsed;

    /** A parser with the default 4 MiB payload cap. */
    public FrameParser() {
        this(FrameCodec.DEFAULT_MAX_PAYLOAD);
    }

    /**
     * @param maxPayload cap on a plaintext payload in bytes, applied on top of each type's own cap
     */
    public FrameParser(int maxPayload) {
        if (maxPayload < 0) {
            throw new IllegalArgumentException("maxPayload < 0");
        }
        this.maxPayload = maxPayload;
    }

    /**
     * Consumes all remaining bytes of {@code in} and hands every completed frame to {@code sink}.
     *
     * @param in   bytes from the stream; its position advances to its limit (or to the failing byte)
     * @param sink receiver of completed frames
     * @throws ProtocolException  if the bytes break the protocol; the parser stays failed
     * @throws TransportException if the sink refuses a frame
     */
    public void feed(ByteBuffer in, FrameSink sink) throws TransportException {
        if (failure != null) {
            throw failure;
        }
        while (in.hasRemaining()) {
            if (payload == null) {
                int n = Math.min(in.remaining(), Frame.HEADER_SIZE - headerFill);
                in.get(header, headerFill, n);
                headerFill += n;
                if (headerFill < Frame.HEADER_SIZE) {
                    return;
                }
                startPayload();
            }
            int n = Math.min(in.remaining(), payload.length - payloadFill);
            in.get(payload, payloadFill, n);
            payloadFill += n;
            if (payloadFill == payload.length) {
                Frame frame = new Frame(type, flags, key, payload);
                payload = null;
                headerFill = 0;
                payloadFill = 0;
                framesParsed++;
                sink.accept(frame);
            }
        }
    }

    /**
     * Consumes all remaining bytes of {@code in} and returns the frames completed by them.
     *
     * @param in bytes from the stream
     * @return the completed frames, possibly none
     * @throws ProtocolException if the bytes break the protocol; the parser stays failed
     */
    public List<Frame> feed(ByteBuffer in) throws ProtocolException {
        List<Frame> frames = new ArrayList<>(2);
        try {
            feed(in, frames::add);
        } catch (ProtocolException e) {
            throw e;
        } catch (TransportException e) {
            throw new IllegalStateException("a list does not refuse frames", e);
        }
        return frames;
    }

    /** @return {@code true} if no partial frame is buffered (a clean place for the stream to end) */
    public boolean isIdle() {
        return failure == null && headerFill == 0;
    }

    /** @return how many frames this parser has completed */
    public long framesParsed() {
        return framesParsed;
    }

    private void startPayload() throws ProtocolException {
        if ((header[0] & 0xFF) != FrameCodec.MAGIC) {
            throw fail(TransportStatus.UNSUPPORTED_VERSION, "bad magic " + (header[0] & 0xFF));
        }
        if ((header[1] & 0xFF) != FrameCodec.VERSION) {
            throw fail(TransportStatus.UNSUPPORTED_VERSION, "unsupported version " + (header[1] & 0xFF));
        }
        type = FrameType.fromCode(header[2] & 0xFF);
        if (type == null) {
            throw fail(TransportStatus.UNKNOWN_TYPE, "unknown frame type " + (header[2] & 0xFF));
        }
        flags = header[3] & 0xFF;
        if ((flags & ~Frame.KNOWN_FLAGS) != 0) {
            throw fail(TransportStatus.MALFORMED_FRAME, "reserved flags set: " + flags);
        }
        boolean encrypted = (flags & Frame.ENCRYPTED) != 0;
        if (encrypted && !type.encryptable()) {
            throw fail(TransportStatus.MALFORMED_FRAME, type + " cannot be encrypted");
        }
        key = FrameCodec.getInt(header, 4);
        long length = FrameCodec.getInt(header, 8) & 0xFFFF_FFFFL;
        long cap = Math.min(maxPayload, type.maxPayload()) + (encrypted ? FrameCodec.ENVELOPE_OVERHEAD : 0);
        if (length > cap) {
            throw fail(TransportStatus.FRAME_TOO_LARGE, type + " payload of " + length + " bytes exceeds " + cap);
        }
        if (encrypted && length < FrameCodec.ENVELOPE_OVERHEAD) {
            throw fail(TransportStatus.MALFORMED_FRAME, "encrypted envelope of " + length + " bytes");
        }
        payload = length == 0 ? EMPTY : new byte[(int) length];
        payloadFill = 0;
    }

    private ProtocolException fail(TransportStatus status, String message) {
        failure = new ProtocolException(status, message);
        return failure;
    }
}
