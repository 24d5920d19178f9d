// SRP-6a client, the same computation as Bouncy Castle's SRP6Client with SRP6StandardGroups.rfc5054_2048 and
// SHA-256 (what io.remoteassist.transport.net.SrpHandshake.Client runs). PAD(v) = v big-endian, left-padded to the
// 256 bytes of N; H = SHA-256; numbers on the wire are unsigned big-endian without leading zero bytes.
//   x = H(salt | H(identity ":" password))          k = H(PAD(N) | PAD(g))
//   a = random in [2^255, N-1], A = g^a mod N          u = H(PAD(A) | PAD(B)), B taken mod N (0 is refused)
//   S = (B - k * g^x mod N)^(a + u*x) mod N
//   M1 = H(PAD(A) | PAD(B) | PAD(S))    M2 = H(PAD(A) | PAD(M1) | PAD(S))    key = H(PAD(S))
const N = BigInt('0x'
  + 'ac6bdb41324a9a9bf166de5e1389582faf72b6651987ee07fc3192943db56050a37329cbb4a099ed8193e0757767a13dd52312ab4b03310d'
  + 'cd7f48a9da04fd50e8083969edb767b0cf6095179a163ab3661a05fbd5faaae82918a9962f0b93b855f97993ec975eeaa80d740adbf4ff7'
  + '47359d041d5c33ea71d281e446b14773bca97b43a23fb801676bd207a436c6481f1d2b9078717461a5b9d32e688f87748544523b524b0d5'
  + '7d5ea77a2775d2ecfa032cfbdbf52fb3786160279004e57ae6af874e7303ce53299ccc041c7bc308d82a5698f3a8d0c38271ae35f8e9dbf'
  + 'bb694b5c803d89f7ae435de236d525f54759b65e372fcd68ef20fa7111f9e4aff73');
const G = 2n;
const PAD = 256;
// the session key H(S) is always the hash's full 32 bytes, as SrpHandshake writes it
const KEY_BYTES = 32;
const enc = new TextEncoder();

export function toBigInt(bytes) {
  let value = 0n;
  for (const b of bytes) { value = (value << 8n) | BigInt(b); }
  return value;
}

/** Unsigned big-endian bytes: the minimal form, or left-padded to {@code length}. */
export function toBytes(value, length = 0) {
  const out = [];
  for (let v = value; v > 0n; v >>= 8n) { out.unshift(Number(v & 0xffn)); }
  while (out.length < length) { out.unshift(0); }
  return Uint8Array.from(out);
}

export function modPow(base, exponent, modulus) {
  let result = 1n;
  let b = base % modulus;
  for (let e = exponent; e > 0n; e >>= 1n) {
    if (e & 1n) { result = (result * b) % modulus; }
    b = (b * b) % modulus;
  }
  return result;
}

async function hash(...parts) {
  const joined = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) { joined.set(p, at); at += p.length; }
  return new Uint8Array(await crypto.subtle.digest('SHA-256', joined));
}

async function hashPadded(...values) {
  return toBigInt(await hash(...values.map((v) => toBytes(v, PAD))));
}

function randomPrivate() {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  bytes[0] |= 0x80;
  return toBigInt(bytes);
}

/** One handshake's client side; single use. */
export class SrpClient {
  /** @param privateValue a, for tests with fixed randomness; omit it otherwise */
  constructor(identity, password, privateValue = randomPrivate()) {
    this.identity = enc.encode(identity);
    this.password = enc.encode(password);
    this.a = privateValue;
  }

  /** @returns {Promise<{A: Uint8Array, M1: Uint8Array}>} the answer to the challenge (salt, B) */
  async proof(salt, serverB) {
    const inner = await hash(this.identity, enc.encode(':'), this.password);
    this.password.fill(0);
    const x = toBigInt(await hash(salt, inner));
    const B = toBigInt(serverB) % N;
    if (B === 0n) { throw new Error('invalid SRP challenge'); }
    this.A = modPow(G, this.a, N);
    const u = await hashPadded(this.A, B);
    const k = await hashPadded(N, G);
    const base = (((B - (k * modPow(G, x, N)) % N) % N) + N) % N;
    this.S = modPow(base, this.a + u * x, N);
    this.M1 = await hashPadded(this.A, B, this.S);
    return { A: toBytes(this.A), M1: toBytes(this.M1) };
  }

  /** @returns {Promise<Uint8Array>} the session key, once M2 proves the other end holds the verifier */
  async finish(serverM2) {
    if (this.S === undefined) { throw new Error('SRP confirmation out of order'); }
    if (toBigInt(serverM2) !== await hashPadded(this.A, this.M1, this.S)) {
      throw new Error('the other end could not prove it is the User\'s agent');
    }
    return toBytes(await hashPadded(this.S), KEY_BYTES);
  }
}
