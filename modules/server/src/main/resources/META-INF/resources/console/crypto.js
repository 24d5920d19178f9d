// End-to-end encryption with WebCrypto, the same as io.remoteassist.transport.net.SessionCipher. Offers (and
// sessions opened by session id):
//  - ECDH P-256 ephemeral keys, each signed by the server for (session id, role): ECDSA P-256 / SHA-256, P1363;
//    signed message = "remoteassist relay key v1" 0x00 sessionId 0x00 ROLE 0x00 SPKI.
//  - context = sessionId (UTF-8) 0x00 userSPKI helperSPKI; per direction key = HKDF-SHA256(secret, salt = context,
//    info = "remoteassist transport v1 " + SENDER_ROLE), 32 bytes, AES-256-GCM.
//  - nonce = sender role id (USER 1, HELPER 2) | lane (0 reliable, 1 screen, 2 pointer) | 0x0000 | sequence u64;
//    AAD = the 12 header bytes as sent; envelope = sequence u64 | ciphertext | tag (16).
//  - per lane the received sequence must increase; the reliable lane must not skip.
// A session opened from an invitation in this console is keyed by the SRP-6a key instead (fromSrp), no ECDH.
import { ENCRYPTED, Type, droppable, writeHeader } from './wire.js';

/** The cipher lane of a frame type: reliable frames, screen tiles and the pointer keep separate sequences. */
function lane(type) {
  if (type === Type.CURSOR) { return 2; }
  return droppable(type) ? 1 : 0;
}

const enc = new TextEncoder();
const ROLE_ID = { USER: 1, HELPER: 2 };

function concat(...parts) {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
}

export function signedMessage(sessionId, role, spki) {
  return concat(enc.encode('remoteassist relay key v1'), [0], enc.encode(sessionId), [0], enc.encode(role), [0], spki);
}

export async function newKeyPair() {
  const pair = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, false, ['deriveBits']);
  const spki = new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey));
  return { privateKey: pair.privateKey, spki };
}

export async function importServerKey(spki) {
  return crypto.subtle.importKey('spki', spki, { name: 'ECDSA', namedCurve: 'P-256' }, false, ['verify']);
}

export async function verifyPeer(serverKey, sessionId, role, spki, signature) {
  return crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, serverKey, signature,
    signedMessage(sessionId, role, spki));
}

async function directionKey(secretKey, context, senderRole) {
  const bits = await crypto.subtle.deriveBits(
    { name: 'HKDF', hash: 'SHA-256', salt: context, info: enc.encode('remoteassist transport v1 ' + senderRole) },
    secretKey, 256);
  return crypto.subtle.importKey('raw', bits, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
}

/** Keys of one session for one local role; seal/open must be called in wire order (callers chain them). */
export class SessionCipher {
  static async create(keyPair, peerSpki, sessionId, localRole) {
    const peerKey = await crypto.subtle.importKey('spki', peerSpki, { name: 'ECDH', namedCurve: 'P-256' }, false, []);
    const secret = new Uint8Array(await crypto.subtle.deriveBits({ name: 'ECDH', public: peerKey }, keyPair.privateKey, 256));
    const userSpki = localRole === 'USER' ? keyPair.spki : peerSpki;
    const helperSpki = localRole === 'USER' ? peerSpki : keyPair.spki;
    const context = concat(enc.encode(sessionId), [0], userSpki, helperSpki);
    return SessionCipher.fromSecret(secret, context, context, localRole);
  }

  /**
   * A solicited session keyed by the invitation handshake, as SrpHandshake.sessionCipher and SecureChannel.fromSrp:
   * HKDF salt = "remoteassist srp session v1" 0x00 sessionId; the confirmation code hashes sessionId 0x00 key.
   */
  static async fromSrp(sessionKey, sessionId, localRole) {
    const context = concat(enc.encode('remoteassist srp session v1'), [0], enc.encode(sessionId));
    return SessionCipher.fromSecret(sessionKey, context, concat(enc.encode(sessionId), [0], sessionKey), localRole);
  }

  static async fromSecret(secret, context, confirmContext, localRole) {
    if (secret.length < 16) { throw new Error('shared secret shorter than 16 bytes'); }
    const hkdf = await crypto.subtle.importKey('raw', secret, 'HKDF', false, ['deriveBits']);
    const peerRole = localRole === 'USER' ? 'HELPER' : 'USER';
    const cipher = new SessionCipher();
    cipher.localId = ROLE_ID[localRole];
    cipher.peerId = ROLE_ID[peerRole];
    cipher.sendKey = await directionKey(hkdf, context, localRole);
    cipher.receiveKey = await directionKey(hkdf, context, peerRole);
    cipher.sent = [0n, 0n, 0n];
    cipher.received = [0n, 0n, 0n];
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256',
      concat(enc.encode('remoteassist confirm v1'), [0], confirmContext)));
    cipher.confirmation = String(((digest[0] << 16) | (digest[1] << 8) | digest[2]) % 1000000).padStart(6, '0');
    return cipher;
  }

  static nonce(roleId, lane, seq) {
    const nonce = new Uint8Array(12);
    nonce[0] = roleId;
    nonce[1] = lane;
    new DataView(nonce.buffer).setBigUint64(4, seq);
    return nonce;
  }

  async seal(frame) {
    const laneId = lane(frame.type);
    const seq = ++this.sent[laneId];
    const flags = frame.flags | ENCRYPTED;
    const length = frame.payload.length + 24;
    const header = writeHeader(frame.type, flags, frame.key, length);
    const sealed = new Uint8Array(await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv: SessionCipher.nonce(this.localId, laneId, seq), additionalData: header, tagLength: 128 },
      this.sendKey, frame.payload));
    const payload = new Uint8Array(length);
    new DataView(payload.buffer).setBigUint64(0, seq);
    payload.set(sealed, 8);
    return { type: frame.type, flags, key: frame.key, payload };
  }

  async open(frame) {
    if (frame.payload.length < 24) {
      throw new Error('not an encrypted envelope');
    }
    const laneId = lane(frame.type);
    const seq = new DataView(frame.payload.buffer, frame.payload.byteOffset, 8).getBigUint64(0);
    if (seq <= this.received[laneId]) {
      throw new Error('replayed or reordered frame');
    }
    const header = writeHeader(frame.type, frame.flags, frame.key, frame.payload.length);
    const clear = new Uint8Array(await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: SessionCipher.nonce(this.peerId, laneId, seq), additionalData: header, tagLength: 128 },
      this.receiveKey, frame.payload.subarray(8)));
    if (laneId === 0 && seq !== this.received[laneId] + 1n) {
      throw new Error('reliable frame missing');
    }
    this.received[laneId] = seq;
    return { type: frame.type, flags: frame.flags & ~ENCRYPTED, key: frame.key, payload: clear };
  }
}
