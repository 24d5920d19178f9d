// The transport wire format (io.remoteassist.transport.protocol.FrameCodec, version 1) and the payloads the
// console speaks. Big-endian throughout.
//   header: magic 0x52 | version 1 | type | flags (bit 0 = encrypted) | key u32 | length u32, then the payload.

export const MAGIC = 0x52;
export const VERSION = 1;
export const HEADER = 12;
export const ENCRYPTED = 0x01;

export const Type = Object.freeze({
  HELLO: 0x01, AUTH: 0x02, SCREEN_TILE: 0x10, CURSOR: 0x11, INPUT: 0x20, CHAT: 0x30,
  CONTROL_STATE: 0x31, PAUSE: 0x32, PING: 0x40, PONG: 0x41, BYE: 0x7f,
});

const CAPS = new Map([
  [Type.HELLO, 4096], [Type.AUTH, 4096], [Type.SCREEN_TILE, 4 << 20], [Type.CURSOR, 256 << 10],
  [Type.INPUT, 64], [Type.CHAT, 16384], [Type.CONTROL_STATE, 64], [Type.PAUSE, 16], [Type.PING, 16],
  [Type.PONG, 16], [Type.BYE, 64],
]);

export const ControlMode = Object.freeze({ VIEW_ONLY: 0, REQUESTED: 1, GRANTED: 2, DENIED: 3, REVOKED: 4 });
export const AuthStep = Object.freeze({
  SRP_START: 1, SRP_CHALLENGE: 2, SRP_PROOF: 3, SRP_CONFIRM: 4, ECDH_KEY: 5, SESSION_OPENED: 6,
});

/** Droppable types use the second nonce lane. */
export function droppable(type) {
  return type === Type.SCREEN_TILE || type === Type.CURSOR;
}

export function encryptable(type) {
  return type !== Type.HELLO && type !== Type.AUTH;
}

export function confidential(type) {
  return CAPS.has(type) && ![Type.HELLO, Type.AUTH, Type.PING, Type.PONG, Type.BYE].includes(type);
}

export function writeHeader(type, flags, key, length) {
  const header = new Uint8Array(HEADER);
  const view = new DataView(header.buffer);
  header[0] = MAGIC;
  header[1] = VERSION;
  header[2] = type;
  header[3] = flags;
  view.setUint32(4, key >>> 0);
  view.setUint32(8, length >>> 0);
  return header;
}

export function encode(frame) {
  const out = new Uint8Array(HEADER + frame.payload.length);
  out.set(writeHeader(frame.type, frame.flags, frame.key, frame.payload.length), 0);
  out.set(frame.payload, HEADER);
  return out;
}

/** Incremental parser: feed(Uint8Array) returns the frames completed; throws on a protocol error. */
export class Parser {
  constructor() {
    this.buffer = new Uint8Array(0);
  }

  feed(bytes) {
    const joined = new Uint8Array(this.buffer.length + bytes.length);
    joined.set(this.buffer, 0);
    joined.set(bytes, this.buffer.length);
    const frames = [];
    let at = 0;
    while (joined.length - at >= HEADER) {
      const view = new DataView(joined.buffer, at, HEADER);
      if (joined[at] !== MAGIC || joined[at + 1] !== VERSION) {
        throw new Error('unsupported protocol version');
      }
      const type = joined[at + 2];
      const flags = joined[at + 3];
      const length = view.getUint32(8);
      const cap = CAPS.get(type);
      if (cap === undefined) {
        throw new Error('unknown frame type ' + type);
      }
      if (length > cap + ((flags & ENCRYPTED) ? 24 : 0)) {
        throw new Error('frame too large');
      }
      if (joined.length - at - HEADER < length) {
        break;
      }
      frames.push({ type, flags, key: view.getUint32(4), payload: joined.slice(at + HEADER, at + HEADER + length) });
      at += HEADER + length;
    }
    this.buffer = joined.slice(at);
    return frames;
  }
}

/** Writes payload fields. */
class Writer {
  constructor() {
    this.parts = [];
  }
  u8(v) { this.parts.push(Uint8Array.of(v & 0xff)); return this; }
  u16(v) { this.parts.push(Uint8Array.of((v >>> 8) & 0xff, v & 0xff)); return this; }
  i32(v) { const b = new Uint8Array(4); new DataView(b.buffer).setInt32(0, v); this.parts.push(b); return this; }
  i64(v) { const b = new Uint8Array(8); new DataView(b.buffer).setBigInt64(0, BigInt(v)); this.parts.push(b); return this; }
  bytes(b) { this.parts.push(b); return this; }
  bytes16(b) { return this.u16(b.length).bytes(b); }
  string16(s) { return this.bytes16(new TextEncoder().encode(s)); }
  done() {
    const out = new Uint8Array(this.parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of this.parts) { out.set(p, at); at += p.length; }
    return out;
  }
}

/** Reads payload fields; throws on truncation. */
class Reader {
  constructor(bytes) {
    this.bytes = bytes;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.at = 0;
  }
  need(n) { if (this.at + n > this.bytes.length) { throw new Error('truncated payload'); } }
  u8() { this.need(1); return this.bytes[this.at++]; }
  u16() { this.need(2); const v = this.view.getUint16(this.at); this.at += 2; return v; }
  i32() { this.need(4); const v = this.view.getInt32(this.at); this.at += 4; return v; }
  i64() { this.need(8); const v = this.view.getBigInt64(this.at); this.at += 8; return Number(v); }
  rest() { const r = this.bytes.subarray(this.at); this.at = this.bytes.length; return r; }
  take(n) { this.need(n); const r = this.bytes.subarray(this.at, this.at + n); this.at += n; return r; }
  end() { if (this.at !== this.bytes.length) { throw new Error('trailing bytes in payload'); } }
  bytes16() { const n = this.u16(); this.need(n); const r = this.bytes.slice(this.at, this.at + n); this.at += n; return r; }
  string16() { return new TextDecoder('utf-8', { fatal: true }).decode(this.bytes16()); }
}

function frame(type, payload, key = 0) {
  return { type, flags: 0, key, payload };
}

export const Payloads = {
  auth: (step, first, second) => frame(Type.AUTH, new Writer().u8(step).bytes16(first).bytes16(second).done()),
  pointerMove: (x, y) => frame(Type.INPUT, new Writer().u8(1).u16(x).u16(y).done()),
  pointerButton: (button, pressed) => frame(Type.INPUT, new Writer().u8(2).u8(button).u8(pressed ? 1 : 0).done()),
  wheel: (dx, dy) => frame(Type.INPUT, new Writer().u8(3).u16(dx & 0xffff).u16(dy & 0xffff).done()),
  key: (keysym, pressed) => frame(Type.INPUT, new Writer().u8(4).i32(keysym).u8(pressed ? 1 : 0).u16(0).done()),
  chat: (sender, text) => frame(Type.CHAT, new Writer().i64(Date.now()).string16(sender).string16(text).done()),
  control: (mode) => frame(Type.CONTROL_STATE, new Writer().u8(mode).done()),
  ping: (timestamp) => frame(Type.PING, new Writer().i64(timestamp).done()),
  pong: (timestamp) => frame(Type.PONG, new Writer().i64(timestamp).done()),
};

/** Largest cursor side (io.remoteassist.transport.protocol.CursorShape.MAX_SIDE). */
export const CURSOR_MAX_SIDE = 128;

// CursorUpdate: x u16 | y u16 | has shape u8 | [hotspot x u8 | hotspot y u8 | width u8 | height u8 | A R G B per pixel]
function decodeCursor(r) {
  const x = r.u16();
  const y = r.u16();
  let shape = null;
  if (r.u8() !== 0) {
    const hotX = r.u8();
    const hotY = r.u8();
    const width = r.u8();
    const height = r.u8();
    if (width < 1 || width > CURSOR_MAX_SIDE || height < 1 || height > CURSOR_MAX_SIDE) {
      throw new Error(`cursor size out of range: ${width}x${height}`);
    }
    if (hotX >= width || hotY >= height) { throw new Error('cursor hotspot outside the cursor'); }
    shape = { hotX, hotY, width, height, argb: r.take(width * height * 4) };
  }
  r.end();
  return { kind: 'cursor', x, y, shape };
}

/** Decodes the payload of a clear frame into a plain object with a `kind`. */
export function decode(f) {
  const r = new Reader(f.payload);
  switch (f.type) {
    case Type.AUTH: return { kind: 'auth', step: r.u8(), first: r.bytes16(), second: r.bytes16() };
    case Type.SCREEN_TILE:
      return { kind: 'tile', x: r.u16(), y: r.u16(), width: r.u16(), height: r.u16(), encoding: r.u8(), data: r.rest() };
    case Type.CHAT: { const sentAt = r.i64(); return { kind: 'chat', sentAt, sender: r.string16(), text: r.string16() }; }
    case Type.CONTROL_STATE: return { kind: 'control', mode: r.u8() };
    case Type.PAUSE: return { kind: 'pause', paused: r.u8() !== 0 };
    case Type.PING: return { kind: 'ping', timestamp: r.i64() };
    case Type.PONG: return { kind: 'pong', timestamp: r.i64() };
    case Type.BYE: return { kind: 'bye', status: r.u16() };
    case Type.CURSOR: return decodeCursor(r);
    default: return { kind: 'other', type: f.type };
  }
}
