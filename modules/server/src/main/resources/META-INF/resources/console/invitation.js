// Opens a .MsRcIncident invitation file in the browser, as io.remoteassist.invitation.api.file.MsRcIncidentReader and
// TicketCipher do; neither the file nor the password leaves the page.
//   LHTICKET = hex of AES-128-CBC(key, IV = 16 zero bytes, PKCS#7)(UTF-16LE(ConnectionString2 + CR LF))
//   key      = first 16 bytes of SHA-1(B), B = 64 bytes of 0x36 whose first 20 are XORed with SHA-1(UTF-16LE(password))
// Our files carry the invitation id's 16 bytes, base64, as the RA session id (A@ID, and RCTICKET's fifth field).
const MAX_FILE_BYTES = 64 * 1024;

export class InvitationFileError extends Error {}

function text(bytes) {
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0x3c && bytes[1] === 0);
  try {
    if (bytes[0] === 0xfe && bytes[1] === 0xff) { return new TextDecoder('utf-16be', { fatal: true }).decode(bytes); }
    return new TextDecoder(utf16 ? 'utf-16le' : 'utf-8', { fatal: true }).decode(bytes);
  } catch (e) {
    throw new InvitationFileError('the file is not text');
  }
}

function parseXml(source, what) {
  if (/<!DOCTYPE/i.test(source)) { throw new InvitationFileError(`${what}: a DOCTYPE is not allowed`); }
  const doc = new DOMParser().parseFromString(source, 'application/xml');
  if (doc.doctype !== null || doc.getElementsByTagName('parsererror').length > 0) {
    throw new InvitationFileError(`${what} is not well-formed XML`);
  }
  return doc.documentElement;
}

// Windows XP wrote RCTICKET="..."RCTICKETENCRYPTED="1": put back that one missing space, nothing else.
const XP_QUIRK = '"RCTICKETENCRYPTED="';

function parseFile(source) {
  try {
    return parseXml(source, 'the file');
  } catch (e) {
    const at = source.indexOf(XP_QUIRK);
    if (!(e instanceof InvitationFileError) || /<!DOCTYPE/i.test(source) || at < 0
        || source.indexOf(XP_QUIRK, at + 1) >= 0) {
      throw e;
    }
    return parseXml(`${source.slice(0, at + 1)} ${source.slice(at + 1)}`, 'the file');
  }
}

function hexBytes(hex) {
  if (!/^([0-9a-fA-F]{32})+$/.test(hex)) { throw new InvitationFileError('LHTICKET: not whole AES blocks of hex'); }
  return Uint8Array.from(hex.match(/../g), (h) => parseInt(h, 16));
}

function addresses(list) {
  if (list.length === 0) { throw new InvitationFileError('the invitation has no address'); }
  return list;
}

/** The clear part: what a Helper sees before typing the password. */
export function readInvitationFile(bytes) {
  if (bytes.length > MAX_FILE_BYTES) { throw new InvitationFileError(`larger than ${MAX_FILE_BYTES} bytes`); }
  const root = parseFile(text(bytes).replace(/^\uFEFF/, ''));
  if (root.nodeName !== 'UPLOADINFO' || root.getAttribute('TYPE') !== 'Escalated') {
    throw new InvitationFileError('not a Remote Assistance invitation (UPLOADINFO TYPE="Escalated")');
  }
  const data = [...root.children].filter((e) => e.nodeName === 'UPLOADDATA');
  if (data.length !== 1) { throw new InvitationFileError('expected one UPLOADDATA element'); }
  const lhTicket = data[0].getAttribute('LHTICKET');
  const rcTicket = data[0].getAttribute('RCTICKET');
  if (lhTicket === null && rcTicket === null) { throw new InvitationFileError('has neither LHTICKET nor RCTICKET'); }
  return { userName: data[0].getAttribute('USERNAME') || '', lhTicket: lhTicket && hexBytes(lhTicket), rcTicket };
}

export async function ticketKey(password) {
  const utf16 = new Uint8Array(password.length * 2);
  for (let i = 0; i < password.length; i++) {
    utf16[2 * i] = password.charCodeAt(i) & 0xff;
    utf16[2 * i + 1] = password.charCodeAt(i) >> 8;
  }
  const h = new Uint8Array(await crypto.subtle.digest('SHA-1', utf16));
  const block = new Uint8Array(64).fill(0x36);
  h.forEach((b, i) => { block[i] ^= b; });
  return new Uint8Array(await crypto.subtle.digest('SHA-1', block)).slice(0, 16);
}

/** @returns {Promise<string|null>} the ConnectionString2, or null when the password does not open the ticket */
export async function decryptTicket(ticket, password) {
  const key = await crypto.subtle.importKey('raw', await ticketKey(password), 'AES-CBC', false, ['decrypt']);
  let clear;
  try {
    clear = new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-CBC', iv: new Uint8Array(16) }, key, ticket));
  } catch (e) {
    return null;
  }
  let xml;
  try {
    xml = new TextDecoder('utf-16le', { fatal: true }).decode(clear);
  } catch (e) {
    return null;
  }
  return xml.startsWith('<E') ? xml.replace(/\r\n$/, '') : null;
}

function connection(xml) {
  const root = parseXml(xml, 'the ticket');
  const a = [...root.children].find((e) => e.nodeName === 'A');
  const list = [...root.getElementsByTagName('L')].map((l) => ({ host: l.getAttribute('N'), port: Number(l.getAttribute('P')) }));
  if (root.nodeName !== 'E' || !a || !a.getAttribute('ID')) { throw new InvitationFileError('the ticket has no session id'); }
  return { ticketId: a.getAttribute('ID'), addresses: addresses(list) };
}

function legacy(rcTicket) {
  const fields = rcTicket.split(',');
  if (fields.length !== 8 || fields[0] !== '65538' || fields[1] !== '1') {
    throw new InvitationFileError('RCTICKET is not a Remote Assistance connection string');
  }
  const list = fields[2].split(';').map((hp) => {
    const at = hp.lastIndexOf(':');
    return { host: hp.slice(0, at), port: Number(hp.slice(at + 1)) };
  });
  return { ticketId: fields[4], addresses: addresses(list) };
}

/** The invitation id a ticket id carries: its 16 bytes as a UUID. */
export function invitationId(ticketId) {
  let bytes;
  try {
    bytes = Uint8Array.from(atob(ticketId), (c) => c.charCodeAt(0));
  } catch (e) {
    bytes = new Uint8Array(0);
  }
  if (bytes.length !== 16) {
    throw new InvitationFileError('not a RemoteAssist invitation (a file made by Windows cannot be opened here)');
  }
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Where to prove the password. Like ra open: with a password that does not open LHTICKET, the attempt still goes
 * to the User's agent through RCTICKET's clear id (the agent judges it and the server counts it toward the lockout).
 * @returns {Promise<{invitationId: string, addresses: Array, legacy: boolean, ticketOpened: boolean}>}
 */
export async function openInvitation(bytes, password) {
  const file = readInvitationFile(bytes);
  if (file.lhTicket === null) {
    return { ...legacy(file.rcTicket), invitationId: invitationId(legacy(file.rcTicket).ticketId), legacy: true,
      ticketOpened: false };
  }
  const xml = await decryptTicket(file.lhTicket, password);
  if (xml === null) {
    if (file.rcTicket === null) { throw new InvitationFileError('wrong password: the invitation does not open with it'); }
    const clear = legacy(file.rcTicket);
    return { ...clear, invitationId: invitationId(clear.ticketId), legacy: false, ticketOpened: false };
  }
  const opened = connection(xml);
  return { ...opened, invitationId: invitationId(opened.ticketId), legacy: false, ticketOpened: true };
}
