// The Helper's console: opens a session's relay link, keys it end to end with the User's agent, shows the remote
// screen, and — once the User grants control — sends mouse and keyboard input. Text from the other end is only
// ever shown through textContent. A session comes from an invitation opened here (file and password stay in the
// page; the SRP-6a key of the handshake keys the link) or from its id (offers: server-signed ECDH keys).
import { AuthStep, ControlMode, ENCRYPTED, Parser, Payloads, Type, confidential, decode, encode, encryptable }
  from './wire.js';
import { SessionCipher, importServerKey, newKeyPair, verifyPeer } from './crypto.js';
import { InvitationFileError, openInvitation } from './invitation.js';
import { HandshakeRefused, runHandshake } from './handshake.js';
import { Screen } from './tiles.js';
import { RemoteCursor } from './cursor.js';
import { keysym } from './keys.js';

const $ = (id) => document.getElementById(id);
const VIEWING = ['VIEW_ONLY', 'CONTROL_REQUESTED', 'CONTROL_SHARED'];
const CONNECTED = [...VIEWING, 'PAUSED'];
const FINAL = ['DECLINED', 'ENDED', 'REFUSED'];

const b64 = (bytes) => btoa(String.fromCharCode(...bytes));
const unb64 = (text) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

async function json(method, url, body) {
  const response = await fetch(url, {
    method, headers: body ? { 'Content-Type': 'application/json' } : {}, body: body ? JSON.stringify(body) : undefined,
  });
  const data = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new Error(data.error || `${url} answered ${response.status}`);
  }
  return data;
}

function say(text) {
  $('message').textContent = text;
}

class Link {
  /** @param srpKey the invitation handshake's session key, or null to agree keys through the server (offers) */
  constructor(sessionId, srpKey = null) {
    this.sessionId = sessionId;
    this.srpKey = srpKey;
    this.screen = new Screen($('screen'));
    this.cursor = new RemoteCursor($('screen'), $('remote-cursor'));
    this.parser = new Parser();
    this.inbound = Promise.resolve();
    this.drawing = Promise.resolve();
    this.outbound = Promise.resolve();
    this.cipher = null;
    // a session keyed by its invitation has its key before the User's agent is on the link: send nothing (the
    // reliable lane must not skip a number) until a frame from the agent has opened
    this.peerSeen = false;
    this.control = 'none';
    this.state = '—';
    this.bytesIn = 0;
    this.drawn = false;
    this.frames = 0;
    this.timers = [];
    this.closed = false;
    this.logXml = null;
    this.logShown = 0;
  }

  async open() {
    // the session directory learns of a just-accepted session a moment later
    let view = null;
    for (let attempt = 0; view === null; attempt++) {
      try {
        view = await json('GET', `/api/sessions/${encodeURIComponent(this.sessionId)}`);
      } catch (e) {
        if (attempt >= 10) { throw e; }
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
    this.showState(view);
    let signed = null;
    if (this.srpKey) {
      this.cipher = await SessionCipher.fromSrp(this.srpKey, this.sessionId, 'HELPER');
      $('confirmation').textContent = this.cipher.confirmation;
    } else {
      const signing = await json('GET', '/api/relay/signing-key');
      this.serverKey = await importServerKey(unb64(signing.publicKey));
      this.keyPair = await newKeyPair();
      signed = await json('POST', `/api/relay/${encodeURIComponent(this.sessionId)}/keys`,
        { role: 'HELPER', publicKey: b64(this.keyPair.spki) });
    }
    this.ws = new WebSocket(`${wsBase()}/relay/${encodeURIComponent(this.sessionId)}/HELPER`);
    this.ws.binaryType = 'arraybuffer';
    this.ws.onopen = () => {
      if (signed) {
        this.sendClear(Payloads.auth(AuthStep.ECDH_KEY, this.keyPair.spki, unb64(signed.signature)));
        say('connected to the relay; waiting for the User\'s agent');
      } else {
        say('encrypted end to end with the invitation\'s key; waiting for the User\'s agent');
      }
      this.refreshButtons();
    };
    this.ws.onmessage = (event) => this.received(new Uint8Array(event.data));
    this.ws.onclose = (event) => this.ended(`relay closed: ${event.code} ${event.reason}`);
    this.timers.push(setInterval(() => this.poll(), 1000));
    this.timers.push(setInterval(() => this.tick(), 1000));
    this.timers.push(setInterval(() => this.ping(), 2000));
    const frame = () => {
      if (this.drawn) { this.frames++; this.drawn = false; }
      if (!this.closed) { requestAnimationFrame(frame); }
    };
    requestAnimationFrame(frame);
  }

  received(bytes) {
    this.bytesIn += bytes.length;
    let frames;
    try {
      frames = this.parser.feed(bytes);
    } catch (e) {
      this.fail(e);
      return;
    }
    for (const f of frames) {
      this.inbound = this.inbound.then(() => this.handle(f)).catch((e) => this.fail(e));
    }
  }

  async handle(wire) {
    if (this.closed) { return; }
    let f = wire;
    if (wire.flags & ENCRYPTED) {
      if (!this.cipher) { throw new Error('encrypted frame before the key agreement'); }
      f = await this.cipher.open(wire);
      if (!this.peerSeen) {
        this.peerSeen = true;
        say('encrypted end to end');
        this.refreshButtons();
      }
    } else if (confidential(wire.type)) {
      throw new Error('the peer sent session content in clear');
    }
    const p = decode(f);
    switch (p.kind) {
      case 'auth': await this.keyed(p); break;
      case 'tile': this.afterDrawing(async () => { await this.screen.draw(p); this.drawn = true; }); break;
      case 'cursor': this.cursor.update(p); break;
      case 'chat': this.chatLine(p.sender, p.text); break;
      case 'control': this.setControl(p.mode); break;
      case 'ping': this.afterDrawing(() => this.send(Payloads.pong(p.timestamp))); break;
      case 'pong': $('latency').textContent = `${Math.max(0, Math.round(performance.now() - p.timestamp))} ms`; break;
      case 'pause': say(p.paused ? 'the User paused the screen' : ''); break;
      default: break;
    }
  }

  // Frames are opened in order (sequence numbers), but tiles are drawn on a chain of their own: the pointer and
  // control do not wait for the pixels of a big update. The agent's pings are answered once the tiles before them are
  // drawn, so its flow control still counts what the screen shows.
  afterDrawing(action) {
    this.drawing = this.drawing.then(() => (this.closed ? undefined : action())).catch((e) => this.fail(e));
  }

  async keyed(auth) {
    if (this.srpKey) { throw new Error('a key agreement on a session keyed by its invitation'); }
    if (this.cipher) { throw new Error('second key agreement'); }
    if (!await verifyPeer(this.serverKey, this.sessionId, 'USER', auth.first, auth.second)) {
      throw new Error('the User\'s key is not signed by the server');
    }
    this.cipher = await SessionCipher.create(this.keyPair, auth.first, this.sessionId, 'HELPER');
    this.peerSeen = true;
    $('confirmation').textContent = this.cipher.confirmation;
    say('encrypted end to end');
    this.refreshButtons();
  }

  sendClear(frame) {
    this.outbound = this.outbound.then(() => this.ws.send(encode(frame)));
  }

  send(frame) {
    if (!this.cipher || !this.peerSeen || this.closed) { return; }
    this.outbound = this.outbound
      .then(async () => {
        const wire = encryptable(frame.type) ? await this.cipher.seal(frame) : frame;
        if (this.ws.readyState === WebSocket.OPEN) { this.ws.send(encode(wire)); }
      })
      .catch((e) => this.fail(e));
  }

  input(frame) {
    if (this.control === 'granted') { this.send(frame); }
  }

  requestControl() {
    this.setControlLabel('requested');
    // the request is a step of the session (asked of the User, checked against policy, audited) and a
    // message to the agent; a refusal by policy comes back here as the reason
    json('POST', `/api/sessions/${encodeURIComponent(this.sessionId)}/control/request`, { helper: this.helper })
      .catch((e) => { say(e.message); });
    this.send(Payloads.control(ControlMode.REQUESTED));
  }

  releaseControl() {
    this.send(Payloads.control(ControlMode.REVOKED));
    this.setControlLabel('none');
  }

  setControl(mode) {
    if (mode === ControlMode.GRANTED) {
      this.setControlLabel('granted');
      $('screen').focus();
    } else if (mode === ControlMode.DENIED) {
      this.setControlLabel('denied');
    } else if (mode === ControlMode.REVOKED || mode === ControlMode.VIEW_ONLY) {
      this.setControlLabel('revoked');
    }
  }

  setControlLabel(label) {
    this.control = label;
    $('control').textContent = label;
    $('screen').classList.toggle('control', label === 'granted');
    this.cursor.setLocal(label === 'granted' && pointerOver);
    this.refreshButtons();
  }

  chat(text) {
    if (CONNECTED.includes(this.state)) {
      this.send(Payloads.chat('Helper', text));
      this.chatLine('me', text);
      // chat is part of the session's record (the log both sides keep and the compliance timeline)
      json('POST', `/api/sessions/${encodeURIComponent(this.sessionId)}/chat`, { sender: this.helper, text })
        .catch((e) => { say(e.message); });
    }
  }

  // The session log (the same XML the User's agent keeps): its new entries go to the chat pane, so the Helper sees
  // what is recorded; "Save log" downloads it. Entry text is shown through textContent only.
  async followLog() {
    try {
      const response = await fetch(`/api/sessions/${encodeURIComponent(this.sessionId)}/log`);
      if (!response.ok) { return; }
      const text = await response.text();
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      if (doc.getElementsByTagName('parsererror').length > 0) { return; }
      const entries = [...doc.documentElement.getElementsByTagName('Entry')];
      for (const entry of entries.slice(this.logShown)) {
        const detail = entry.getElementsByTagName('Detail')[0];
        const line = [...entry.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.data).join('');
        this.logLine(entry.getAttribute('at'), line + (detail ? `: ${detail.textContent}` : ''));
      }
      this.logShown = Math.max(this.logShown, entries.length);
      this.logXml = { text, started: entries.length > 0 ? entries[0].getAttribute('at') : null };
      $('save-log').disabled = false;
    } catch (e) {
      // the next poll tries again
    }
  }

  logLine(at, text) {
    const item = document.createElement('li');
    item.className = 'log';
    const when = document.createElement('span');
    when.className = 'sender';
    when.textContent = `log ${new Date(at).toLocaleTimeString([], { hour12: false })}`;
    item.append(when, document.createTextNode(text));
    $('chat-log').append(item);
    item.scrollIntoView({ block: 'end' });
  }

  saveLog() {
    if (!this.logXml) { return; }
    const started = this.logXml.started ? new Date(this.logXml.started) : new Date();
    const two = (v) => String(v).padStart(2, '0');
    const name = `${started.getFullYear()}${two(started.getMonth() + 1)}${two(started.getDate())}`
      + `${two(started.getHours())}${two(started.getMinutes())}${two(started.getSeconds())}.xml`;
    const url = URL.createObjectURL(new Blob([this.logXml.text], { type: 'application/xml' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  chatLine(sender, text) {
    const item = document.createElement('li');
    const who = document.createElement('span');
    who.className = 'sender';
    who.textContent = sender;
    item.append(who, document.createTextNode(text));
    $('chat-log').append(item);
    item.scrollIntoView({ block: 'end' });
  }

  async poll() {
    try {
      this.showState(await json('GET', `/api/sessions/${encodeURIComponent(this.sessionId)}`));
    } catch (e) {
      say(e.message);
    }
    await this.followLog();
  }

  showState(view) {
    this.state = view.state;
    this.helper = view.helper;
    $('state').textContent = view.state;
    $('user').textContent = `${view.user} @ ${view.computer}`;
    if (view.state === 'AWAITING_CONSENT') {
      say('waiting for the User to allow the connection');
    } else if ($('message').textContent.startsWith('waiting for the User')) {
      say('');
    }
    if (FINAL.includes(view.state)) { this.close(`the session is ${view.state}`); }
    this.refreshButtons();
  }

  tick() {
    $('fps').textContent = String(this.frames);
    $('bandwidth').textContent = `${(this.bytesIn / 1024).toFixed(1)} kB/s`;
    this.frames = 0;
    this.bytesIn = 0;
  }

  ping() {
    if (this.cipher && this.peerSeen) { this.send(Payloads.ping(Math.round(performance.now()))); }
  }

  refreshButtons() {
    const live = !this.closed && this.cipher !== null && this.peerSeen;
    $('request-control').disabled = !live || !VIEWING.includes(this.state) || this.control === 'granted'
      || this.control === 'requested';
    $('release-control').disabled = !live || this.control !== 'granted';
    $('chat-text').disabled = !live || !CONNECTED.includes(this.state);
    $('chat-send').disabled = $('chat-text').disabled;
    $('disconnect').disabled = this.closed;
    $('fit').disabled = false;
  }

  fail(error) {
    say(`stopped: ${error.message}`);
    this.close(error.message);
  }

  ended(why) {
    if (!this.closed) { this.close(why); }
  }

  close(why) {
    if (this.closed) { return; }
    this.closed = true;
    this.timers.forEach(clearInterval);
    this.followLog();
    if (this.ws && this.ws.readyState <= WebSocket.OPEN) { this.ws.close(1000, 'Helper disconnected'); }
    this.setControlLabel('none');
    say(why);
    $('open').disabled = false;
  }
}

let link = null;
let pointerOver = false;

function wsBase() {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}`;
}

async function startLink(sessionId, srpKey) {
  link?.close('another session opened');
  link = new Link(sessionId, srpKey);
  $('open').disabled = true;
  $('session-id').value = sessionId;
  history.replaceState(null, '', srpKey ? location.pathname : `#${encodeURIComponent(sessionId)}`);
  try {
    await link.open();
  } catch (error) {
    link.fail(error);
  }
}

/**
 * Open invitation: the file is read and its ticket decrypted here, and the password is proved to the User's agent
 * through the relay (SRP-6a); the server sees neither. The handshake's key then keys the session link.
 */
async function openInvitationForm() {
  const file = $('invitation-file').files[0];
  const password = $('invitation-password').value;
  if (!file || !password) { return; }
  $('open-invitation').disabled = true;
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const invitation = await openInvitation(bytes, password.trim());
    const me = await json('GET', '/api/identities/me').catch(() => ({}));
    const query = new URLSearchParams();
    if (me.name) { query.set('helper', me.name); }
    if (invitation.legacy) { query.set('ticket', 'legacy'); }
    say(`proving the password to the User's agent (invitation ${invitation.invitationId})`);
    const opened = await runHandshake(`${wsBase()}/relay/invitation/${encodeURIComponent(invitation.invitationId)}`
      + `/HELPER?${query}`, invitation.invitationId, password.trim());
    $('invitation-password').value = '';
    await startLink(opened.sessionId, opened.sessionKey);
  } catch (error) {
    const known = error instanceof HandshakeRefused || error instanceof InvitationFileError;
    say(known ? error.message : `the invitation could not be opened: ${error.message}`);
  } finally {
    $('open-invitation').disabled = false;
  }
}

function remotePoint(event) {
  const canvas = $('screen');
  const rect = canvas.getBoundingClientRect();
  const x = Math.floor((event.clientX - rect.left) * canvas.width / rect.width);
  const y = Math.floor((event.clientY - rect.top) * canvas.height / rect.height);
  return [Math.max(0, Math.min(canvas.width - 1, x)), Math.max(0, Math.min(canvas.height - 1, y))];
}

function wireInput() {
  const canvas = $('screen');
  for (const [type, over] of [['mouseenter', true], ['mouseleave', false]]) {
    canvas.addEventListener(type, () => {
      pointerOver = over;
      link?.cursor.setLocal(over && link.control === 'granted');
    });
  }
  canvas.addEventListener('mousemove', (e) => link?.input(Payloads.pointerMove(...remotePoint(e))));
  canvas.addEventListener('mousedown', (e) => {
    canvas.focus();
    link?.input(Payloads.pointerMove(...remotePoint(e)));
    link?.input(Payloads.pointerButton(e.button + 1, true));
    e.preventDefault();
  });
  canvas.addEventListener('mouseup', (e) => {
    link?.input(Payloads.pointerMove(...remotePoint(e)));
    link?.input(Payloads.pointerButton(e.button + 1, false));
    e.preventDefault();
  });
  canvas.addEventListener('contextmenu', (e) => e.preventDefault());
  canvas.addEventListener('wheel', (e) => {
    link?.input(Payloads.wheel(Math.sign(e.deltaX), Math.sign(e.deltaY)));
    e.preventDefault();
  }, { passive: false });
  for (const type of ['keydown', 'keyup']) {
    canvas.addEventListener(type, (e) => {
      const sym = keysym(e.code);
      if (sym !== null && link?.control === 'granted') {
        link.input(Payloads.key(sym, type === 'keydown'));
        e.preventDefault();
      }
    });
  }
}

function wireButtons() {
  $('open-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const id = $('session-id').value.trim();
    if (id) { await startLink(id, null); }
  });
  $('invitation-form').addEventListener('submit', (e) => {
    e.preventDefault();
    openInvitationForm();
  });
  $('fit').addEventListener('click', () => {
    const fit = $('viewport').classList.toggle('fit');
    $('fit').textContent = fit ? 'Actual size' : 'Fit';
  });
  $('request-control').addEventListener('click', () => link?.requestControl());
  $('release-control').addEventListener('click', () => link?.releaseControl());
  $('disconnect').addEventListener('click', () => link?.close('disconnected'));
  $('save-log').addEventListener('click', () => link?.saveLog());
  $('chat-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const text = $('chat-text').value;
    if (text.trim()) { link?.chat(text); }
    $('chat-text').value = '';
  });
}

wireInput();
wireButtons();
if (location.hash.length > 1) {
  $('session-id').value = decodeURIComponent(location.hash.slice(1));
  $('open-form').requestSubmit();
}
