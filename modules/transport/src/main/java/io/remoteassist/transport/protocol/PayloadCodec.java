package io.remoteassist.transport.protocol;

import io.remoteassist.transport.api.Frame;
import io.remoteassist.transport.api.FrameType;
import io.remoteassist.transport.api.Role;
import io.remoteassist.transport.api.TransportStatus;
import java.time.Instant;
import java.util.Optional;

/**
 * Converts {@link Payload} records to clear frames and back. The byte layout of each payload is documented on
 * its record. Decoding is strict: truncated input, trailing bytes, out-of-range values and invalid UTF-8 all
 * fail with {@link TransportStatus#BAD_PAYLOAD}; nothing else escapes. Stateless and thread-safe.
 */
public final class PayloadCodec {

    private PayloadCodec() {
    }

    /**
     * @param payload a payload record
     * @return a clear frame carrying it, keyed with {@link Payload#key()}
     * @throws IllegalArgumentException if the encoding exceeds the type's cap
     */
    public static Frame encode(Payload payload) {
        byte[] bytes = encodePayload(payload);
        if (bytes.length > payload.type().maxPayload()) {
            throw new IllegalArgumentException(payload.type() + " payload of " + bytes.length + " bytes exceeds "
                    + payload.type().maxPayload());
        }
        return new Frame(payload.type(), 0, payload.key(), bytes);
    }

    /**
     * @param frame a clear frame
     * @return its payload record
     * @throws ProtocolException {@link TransportStatus#MALFORMED_FRAME} if the frame is still encrypted,
     *                           {@link TransportStatus#BAD_PAYLOAD} if the payload does not decode
     */
    public static Payload decode(Frame frame) throws ProtocolException {
        if (frame.encrypted()) {
            throw new ProtocolException(TransportStatus.MALFORMED_FRAME, "decode needs a clear frame");
        }
        PayloadReader in = new PayloadReader(frame.payload());
        try {
            Payload payload = read(frame.type(), in);
            in.end();
            return payload;
        } catch (IllegalArgumentException e) {
            throw new ProtocolException(TransportStatus.BAD_PAYLOAD, frame.type() + ": " + e.getMessage(), e);
        }
    }

    static byte[] encodePayload(Payload payload) {
        PayloadWriter out = new PayloadWriter(32);
        if (payload instanceof Hello p) {
            out.u8(p.role().wireId()).i32(p.capabilities()).string16(p.name());
        } else if (payload instanceof Auth p) {
            out.u8(p.step().wireId()).bytes16(p.first()).bytes16(p.second());
        } else if (payload instanceof ScreenTile p) {
            out = new PayloadWriter(9 + p.data().length);
            out.u16(p.x()).u16(p.y()).u16(p.width()).u16(p.height()).u8(p.encoding()).bytes(p.data());
        } else if (payload instanceof CursorUpdate p) {
            writeCursor(out, p);
        } else if (payload instanceof InputEvent p) {
            writeInput(out, p);
        } else if (payload instanceof ChatMessage p) {
            out.i64(p.sentAt().toEpochMilli()).string16(p.sender()).string16(p.text());
        } else if (payload instanceof ControlState p) {
            out.u8(p.mode().wireId());
        } else if (payload instanceof Pause p) {
            out.bool(p.paused());
        } else if (payload instanceof Ping p) {
            out.i64(p.timestamp());
        } else if (payload instanceof Pong p) {
            out.i64(p.timestamp());
        } else if (payload instanceof Bye p) {
            out.u16(p.status().code());
        } else {
            throw new IllegalArgumentException("unknown payload " + payload.getClass());
        }
        return out.toByteArray();
    }

    private static Payload read(FrameType type, PayloadReader in) throws ProtocolException {
        switch (type) {
            case HELLO:
                return readHello(in);
            case AUTH:
                return readAuth(in);
            case SCREEN_TILE:
                return new ScreenTile(in.u16(), in.u16(), in.u16(), in.u16(), in.u8(), in.rest());
            case CURSOR:
                return readCursor(in);
            case INPUT:
                return readInput(in);
            case CHAT:
                Instant sentAt = Instant.ofEpochMilli(in.i64());
                return new ChatMessage(in.string16(), in.string16(), sentAt);
            case CONTROL_STATE:
                return readControl(in);
            case PAUSE:
                return new Pause(in.bool());
            case PING:
                return new Ping(in.i64());
            case PONG:
                return new Pong(in.i64());
            case BYE:
                int code = in.u16();
                return new Bye(TransportStatus.fromCode(code)
                        .orElseThrow(() -> PayloadReader.bad("unknown status code " + code)));
            default:
                throw PayloadReader.bad("no payload record for " + type);
        }
    }

    private static Hello readHello(PayloadReader in) throws ProtocolException {
        Role role = Role.fromWireId(in.u8());
        int capabilities = in.i32();
        return new Hello(role, in.string16(), capabilities);
    }

    private static Auth readAuth(PayloadReader in) throws ProtocolException {
        int id = in.u8();
        AuthStep step = AuthStep.fromWireId(id);
        if (step == null) {
            throw PayloadReader.bad("unknown auth step " + id);
        }
        return new Auth(step, in.bytes16(), in.bytes16());
    }

    private static ControlState readControl(PayloadReader in) throws ProtocolException {
        int id = in.u8();
        ControlMode mode = ControlMode.fromWireId(id);
        if (mode == null) {
            throw PayloadReader.bad("unknown control mode " + id);
        }
        return new ControlState(mode);
    }

    private static void writeCursor(PayloadWriter out, CursorUpdate cursor) {
        out.u16(cursor.x()).u16(cursor.y()).bool(cursor.shape().isPresent());
        cursor.shape().ifPresent(shape -> out.u8(shape.hotspotX()).u8(shape.hotspotY())
                .u8(shape.width()).u8(shape.height()).bytes(shape.argb()));
    }

    private static CursorUpdate readCursor(PayloadReader in) throws ProtocolException {
        int x = in.u16();
        int y = in.u16();
        if (!in.bool()) {
            return new CursorUpdate(x, y, Optional.empty());
        }
        int hotspotX = in.u8();
        int hotspotY = in.u8();
        int width = in.u8();
        int height = in.u8();
        // checked before the read so that a bad size is reported as such, not as truncation
        if (width < 1 || width > CursorShape.MAX_SIDE || height < 1 || height > CursorShape.MAX_SIDE) {
            throw PayloadReader.bad("cursor size out of range: " + width + "x" + height);
        }
        byte[] argb = in.bytes(width * height * 4);
        return new CursorUpdate(x, y, Optional.of(new CursorShape(hotspotX, hotspotY, width, height, argb)));
    }

    private static void writeInput(PayloadWriter out, InputEvent input) {
        if (input instanceof PointerMove e) {
            out.u8(PointerMove.KIND).u16(e.x()).u16(e.y());
        } else if (input instanceof PointerButton e) {
            out.u8(PointerButton.KIND).u8(e.button()).bool(e.pressed());
        } else if (input instanceof Wheel e) {
            out.u8(Wheel.KIND).u16(e.deltaX() & 0xFFFF).u16(e.deltaY() & 0xFFFF);
        } else if (input instanceof KeyEvent e) {
            out.u8(KeyEvent.KIND).i32(e.keysym()).bool(e.pressed()).u16(e.modifiers());
        } else {
            throw new IllegalArgumentException("unknown input " + input.getClass());
        }
    }

    private static InputEvent readInput(PayloadReader in) throws ProtocolException {
        int kind = in.u8();
        switch (kind) {
            case PointerMove.KIND:
                return new PointerMove(in.u16(), in.u16());
            case PointerButton.KIND:
                return new PointerButton(in.u8(), in.bool());
            case Wheel.KIND:
                return new Wheel(in.s16(), in.s16());
            case KeyEvent.KIND:
                return new KeyEvent(in.i32(), in.bool(), in.u16());
            default:
                throw PayloadReader.bad("unknown input kind " + kind);
        }
    }
}
