// Session replay for auditors: lists sessions from /api/compliance/sessions, loads one timeline and plays
// it back step by step or in (accelerated) real time. Every text from the API is untrusted: it only ever
// reaches the page through textContent.

import { replayState, chatLines } from './replay.js';

const $ = (id) => document.getElementById(id);
const MAX_WAIT_MS = 10000;

const list = { page: 0, query: new URLSearchParams() };
const replay = { session: null, entries: [], position: 0, timer: null };

function text(tag, value, className) {
  const node = document.createElement(tag);
  node.textContent = value == null ? '' : String(value);
  if (className) {
    node.className = className;
  }
  return node;
}

function when(iso) {
  return iso ? new Date(iso).toLocaleString() : '—';
}

function showError(message) {
  const box = $('error');
  box.textContent = message || '';
  box.hidden = !message;
}

async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new Error(body.error || `request failed (${response.status})`);
  }
  return body;
}

async function loadSessions() {
  const query = new URLSearchParams(list.query);
  query.set('page', String(list.page));
  query.set('size', '25');
  try {
    const page = await getJson(`/api/compliance/sessions?${query}`);
    showError('');
    renderSessions(page);
  } catch (e) {
    showError(e.message);
  }
}

function renderSessions(page) {
  const body = $('sessions').tBodies[0];
  body.replaceChildren();
  for (const s of page.items) {
    const row = document.createElement('tr');
    row.dataset.session = s.sessionId;
    row.classList.toggle('current', replay.session?.sessionId === s.sessionId);
    row.append(text('td', when(s.startedAt)), text('td', s.user), text('td', s.helper), text('td', s.computer),
      text('td', s.mode.toLowerCase()), text('td', s.endedAt ? when(s.endedAt) : 'running'));
    const open = text('button', 'Open', 'open-session');
    open.type = 'button';
    open.addEventListener('click', () => openSession(s.sessionId));
    const cell = document.createElement('td');
    cell.append(open);
    row.append(cell);
    body.append(row);
  }
  if (page.items.length === 0) {
    const row = document.createElement('tr');
    const cell = text('td', 'No session matches.');
    cell.colSpan = 7;
    row.append(cell);
    body.append(row);
  }
  const pages = Math.max(1, Math.ceil(page.total / page.size));
  $('page-info').textContent = `page ${page.page + 1} of ${pages} (${page.total} sessions)`;
  $('prev-page').disabled = page.page === 0;
  $('next-page').disabled = page.next == null;
}

async function openSession(id) {
  stop();
  try {
    const timeline = await getJson(`/api/compliance/sessions/${encodeURIComponent(id)}/timeline`);
    showError('');
    replay.session = timeline.session;
    replay.entries = timeline.entries;
    replay.position = 0;
    const url = new URL(location.href);
    url.searchParams.set('session', id);
    history.replaceState(null, '', url);
    for (const row of $('sessions').tBodies[0].rows) {
      row.classList.toggle('current', row.dataset.session === id);
    }
    renderHeader(timeline.session);
    renderTimeline();
    $('replay-pane').hidden = false;
    show();
  } catch (e) {
    showError(e.message);
  }
}

function renderHeader(s) {
  const fields = [['Session', s.sessionId], ['Mode', s.mode.toLowerCase()], ['User', s.user], ['Helper', s.helper],
    ['Computer', s.computer], ['Invitation', s.invitationId || '— (offer)'], ['Started', when(s.startedAt)],
    ['Ended', s.endedAt ? `${when(s.endedAt)} by ${s.endedBy}, reason: ${s.endReason}` : 'still running']];
  $('header').replaceChildren(...fields.flatMap(([k, v]) => [text('dt', k), text('dd', v)]));
}

function renderTimeline() {
  const items = replay.entries.map((entry, index) => {
    const item = document.createElement('li');
    item.title = entry.eventType;
    item.append(text('span', new Date(entry.time).toLocaleTimeString(), 'time'),
      text('span', entry.context, `ctx ctx-${entry.context}`), text('span', entry.actor, 'actor'),
      text('span', entry.summary, 'summary'));
    item.addEventListener('click', () => { stop(); replay.position = index + 1; show(); });
    return item;
  });
  $('timeline').replaceChildren(...items);
}

// Shows the replay after `replay.position` steps (0 = nothing has happened yet).
function show() {
  const { entries, position } = replay;
  const shown = entries.slice(0, position);
  const state = replayState(shown);
  $('state').textContent = state;
  $('state').dataset.state = state;
  $('position').textContent = `${position} / ${entries.length}`;
  const current = shown[shown.length - 1];
  $('clock').textContent = current ? new Date(current.time).toLocaleString() : '—';
  $('detail').textContent = current
    ? `${current.eventType} — ${current.actor}\n${current.summary}${current.detail ? `\n\n${current.detail}` : ''}`
    : '';
  $('chat').replaceChildren(...chatLines(shown).map((line) => text('li', `${line.sender}: ${line.text}`)));
  [...$('timeline').children].forEach((item, index) => {
    item.classList.toggle('past', index < position);
    item.classList.toggle('current', index === position - 1);
  });
  $('timeline').children[position - 1]?.scrollIntoView({ block: 'nearest' });
  $('step-first').disabled = position === 0;
  $('step-back').disabled = position === 0;
  $('step-forward').disabled = position >= entries.length;
  $('play').textContent = replay.timer ? 'Pause' : 'Play';
  $('play').disabled = entries.length === 0;
}

function step(by) {
  replay.position = Math.min(replay.entries.length, Math.max(0, replay.position + by));
  show();
}

function stop() {
  clearTimeout(replay.timer);
  replay.timer = null;
  $('note').textContent = '';
}

function scheduleNext() {
  const { entries, position } = replay;
  if (position >= entries.length) {
    stop();
    show();
    return;
  }
  const previous = entries[position - 1];
  const gap = previous ? Math.max(0, Date.parse(entries[position].time) - Date.parse(previous.time)) : 0;
  const wait = gap / Number($('speed').value);
  $('note').textContent = wait > MAX_WAIT_MS ? `idle for ${Math.round(gap / 1000)} s, shortened` : '';
  replay.timer = setTimeout(() => {
    replay.position += 1;
    show();
    scheduleNext();
  }, Math.min(wait, MAX_WAIT_MS));
}

function togglePlay() {
  if (replay.timer) {
    stop();
  } else {
    if (replay.position >= replay.entries.length) {
      replay.position = 0;
    }
    replay.timer = -1;
    scheduleNext();
  }
  show();
}

function init() {
  $('filter-form').addEventListener('submit', (event) => {
    event.preventDefault();
    list.query = new URLSearchParams();
    for (const name of ['user', 'helper', 'computer', 'from', 'to']) {
      const value = $(`f-${name}`).value.trim();
      if (value) {
        list.query.set(name, value);
      }
    }
    list.page = 0;
    loadSessions();
  });
  $('prev-page').addEventListener('click', () => { list.page = Math.max(0, list.page - 1); loadSessions(); });
  $('next-page').addEventListener('click', () => { list.page += 1; loadSessions(); });
  $('step-first').addEventListener('click', () => { stop(); replay.position = 0; show(); });
  $('step-back').addEventListener('click', () => { stop(); step(-1); });
  $('step-forward').addEventListener('click', () => { stop(); step(1); });
  $('play').addEventListener('click', togglePlay);
  loadSessions();
  const wanted = new URLSearchParams(location.search).get('session');
  if (wanted) {
    openSession(wanted);
  }
}

init();
