// The Helper's side of an invitation handshake through the relay, as io.remoteassist.transport.handshake.SrpInitiator:
//   SRP_START(identity) -> <- SRP_CHALLENGE(salt, B)   SRP_PROOF(A, M1) -> <- SRP_CONFIRM(M2)   <- SESSION_OPENED(id)
// A refusal is the relay's close reason (PASSWORD_REJECTED, LOCKED_OUT, EXPIRED, ...). The password is used here only.
import { AuthStep, Parser, Payloads, Type, decode, encode } from './wire.js';
import { SrpClient } from './srp.js';

export const REASONS = {
  PASSWORD_REJECTED: 'Wrong password: the User\'s agent refused it. After 5 wrong passwords the invitation locks.',
  LOCKED_OUT: 'The invitation is locked after too many wrong passwords; ask the User for a new one.',
  EXPIRED: 'The invitation has expired; ask the User for a new one.',
  REVOKED: 'The User withdrew the invitation.',
  ALREADY_USED: 'The invitation was already used; it is good for one session.',
  REFUSED_BY_POLICY: 'Group Policy refused this invitation.',
  NOT_FOUND: 'This server does not know the invitation (was it made for another server?).',
  AGENT_NOT_RUNNING: 'The User\'s agent is not running; ask the User to start it.',
  BUSY: 'Another Helper is trying this invitation right now; try again in a moment.',
  SESSION_REFUSED: 'The password was right but the session could not open (is the User already being helped?).',
  ENCRYPTION_REQUIRED: 'Group Policy on the User\'s computer accepts only encrypted invitations; this file has none.',
  AGENT_NOT_PROVEN: 'The other end could not prove it is the User\'s agent.',
};

export class HandshakeRefused extends Error {
  constructor(reason) {
    super(REASONS[reason] || `The relay refused the invitation (${reason}).`);
    this.reason = reason;
  }
}

/** @returns {Promise<{sessionId: string, sessionKey: Uint8Array}>} */
export function runHandshake(url, identity, password) {
  return new Promise((resolve, reject) => {
    const client = new SrpClient(identity, password);
    const parser = new Parser();
    const ws = new WebSocket(url);
    ws.binaryType = 'arraybuffer';
    let key = null;
    let done = false;
    let queue = Promise.resolve();
    const finish = (error, value) => {
      if (done) { return; }
      done = true;
      if (ws.readyState <= WebSocket.OPEN) { ws.close(1000); }
      if (error) { reject(error); } else { resolve(value); }
    };
    const send = (step, first, second = new Uint8Array(0)) => ws.send(encode(Payloads.auth(step, first, second)));
    const step = async (f) => {
      if (done || f.type === Type.BYE) { return; }
      const p = decode(f);
      if (p.kind !== 'auth') { throw new Error(`unexpected frame ${f.type} during the handshake`); }
      if (p.step === AuthStep.SRP_CHALLENGE && key === null) {
        const proof = await client.proof(p.first, p.second);
        send(AuthStep.SRP_PROOF, proof.A, proof.M1);
      } else if (p.step === AuthStep.SRP_CONFIRM) {
        try {
          key = await client.finish(p.first);
        } catch (e) {
          throw new HandshakeRefused('AGENT_NOT_PROVEN');
        }
      } else if (p.step === AuthStep.SESSION_OPENED && key !== null) {
        finish(null, { sessionId: new TextDecoder().decode(p.first), sessionKey: key });
      } else {
        throw new Error(`unexpected handshake step ${p.step}`);
      }
    };
    ws.onopen = () => send(AuthStep.SRP_START, new TextEncoder().encode(identity));
    ws.onmessage = (event) => {
      let frames;
      try {
        frames = parser.feed(new Uint8Array(event.data));
      } catch (e) {
        finish(e);
        return;
      }
      for (const f of frames) { queue = queue.then(() => step(f)).catch((e) => finish(e)); }
    };
    ws.onclose = (event) => {
      queue.then(() => finish(event.reason ? new HandshakeRefused(event.reason)
        : new Error(`the relay closed the handshake (${event.code})`)));
    };
  });
}
