// Group Policy Management console: plain ES module over the REST API (/api/directory, /api/policy/...).
// Every text from the server is set with textContent; no HTML is built from strings.

const state = { catalog: [], directory: null, gpos: [], selected: null, rsopComputer: null };

const $ = (id) => document.getElementById(id);

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'text') node.textContent = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else if (k === 'checked' || k === 'selected' || k === 'hidden') node[k] = Boolean(v);
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) {
    if (c !== null && c !== undefined) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

function status(text, error = false) {
  const out = $('status');
  out.textContent = text;
  out.classList.toggle('error', error);
}

async function api(method, path, body) {
  const init = { method, headers: { Accept: 'application/json' } };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const response = await fetch(path, init);
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  if (!response.ok) {
    throw new Error((data && data.error) || `${method} ${path}: HTTP ${response.status}`);
  }
  return data;
}

// ---- directory tree ----------------------------------------------------------------------------

function containerInfo(container) {
  const found = state.directory.containers.find((c) => c.container === container);
  return found || { container, blockInheritance: false, links: [] };
}

function gpoName(id) {
  const gpo = state.gpos.find((g) => g.id === id);
  return gpo ? gpo.name : `(missing ${id.slice(0, 8)})`;
}

function linkItems(container) {
  return containerInfo(container).links.map((link) => el('li', {
    class: 'link-item' + (link.enabled ? '' : ' disabled'), title: 'Edit this GPO',
    'data-gpo': link.gpoId, onclick: () => selectGpo(link.gpoId),
  }, `${link.linkOrder}. ${gpoName(link.gpoId)} `,
  link.enforced ? el('span', { class: 'badge enforced', text: 'Enforced' }) : null,
  link.enabled ? null : el('span', { class: 'badge', text: 'link disabled' })));
}

function blockToggle(container) {
  const info = containerInfo(container);
  return el('label', { title: 'Block inheritance' },
    el('input', {
      type: 'checkbox', 'data-block': container, checked: info.blockInheritance,
      onchange: (e) => run(`block inheritance on ${container}`, () => api('PUT', '/api/directory/block-inheritance',
        { container, blocked: e.target.checked })),
    }), ' block inheritance');
}

function computerItems(ou) {
  return state.directory.computers.filter((c) => c.ou === ou).map((c) => el('li', {
    class: 'computer-item', 'data-computer': c.fqdn, title: 'Show the Resultant Set of Policy',
    onclick: () => showRsop(c.fqdn),
  }, el('span', { class: 'kind', text: 'PC' }), ' ', c.fqdn));
}

function ouNode(path) {
  const name = path.split('/').pop();
  const children = state.directory.ous.filter((o) => o.startsWith(path + '/') && !o.slice(path.length + 1).includes('/'));
  const container = `ou:${path}`;
  return el('li', { 'data-container': container },
    el('div', { class: 'node' }, el('span', { class: 'kind', text: 'OU' }), el('span', { class: 'name', text: name }),
      blockToggle(container)),
    el('ul', {}, linkItems(container), children.map(ouNode), computerItems(path)));
}

function renderTree() {
  const tree = $('tree');
  tree.replaceChildren();
  const d = state.directory;
  if (!d) {
    tree.append(el('li', { class: 'muted', text: 'No directory yet: POST /api/directory first.' }));
    return;
  }
  $('domain-name').textContent = `${d.domain} (${d.netbiosName})`;
  for (const site of d.sites) {
    const container = `site:${site}`;
    tree.append(el('li', { 'data-container': container },
      el('div', { class: 'node' }, el('span', { class: 'kind', text: 'Site' }), el('span', { class: 'name', text: site })),
      el('ul', {}, linkItems(container))));
  }
  const domain = `domain:${d.domain}`;
  const roots = d.ous.filter((o) => !o.includes('/'));
  tree.append(el('li', { 'data-container': domain },
    el('div', { class: 'node' }, el('span', { class: 'kind', text: 'Domain' }), el('span', { class: 'name', text: d.domain }),
      blockToggle(domain)),
    el('ul', {}, linkItems(domain), roots.map(ouNode), computerItems(''))));
  const names = $('computer-names');
  names.replaceChildren(...d.computers.map((c) => el('option', { value: c.fqdn })));
}

// ---- GPO list and editor -----------------------------------------------------------------------

function renderGpoList() {
  $('gpo-list').replaceChildren(...state.gpos.map((g) => el('li', {
    'data-id': g.id, class: (g.id === state.selected ? 'selected' : '') + (g.enabled ? '' : ' off'),
    onclick: () => selectGpo(g.id),
  }, g.name)));
}

function quote(value) {
  return /[\s"]/.test(value) || value === '' ? `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"` : value;
}

function settingEditor(def, gpo) {
  const current = gpo.settings[def.key] || { state: 'not-configured', options: {} };
  const group = `state-${def.key}`;
  const message = el('span', { class: 'message', id: `message-${def.key}` });
  const optionInputs = def.options.map((o) => {
    const value = current.options[o.name] ?? o.defaultValue ?? '';
    const id = `opt-${def.key}-${o.name}`;
    const input = o.choices.length
      ? el('select', { id, name: o.name }, o.choices.map((c) => el('option', { value: c, selected: c === value }, c)))
      : el('input', { id, name: o.name, value, placeholder: o.accepted, autocomplete: 'off' });
    return el('label', { title: o.accepted }, `${o.label}${o.required ? ' (required)' : ''}`, input);
  });
  const options = el('div', { class: 'options' }, optionInputs);
  const radios = ['not-configured', 'enabled', 'disabled'].map((s) => el('label', {},
    el('input', {
      type: 'radio', name: group, value: s, checked: current.state === s,
      onchange: () => options.classList.toggle('inactive', s !== 'enabled'),
    }), { 'not-configured': ' Not Configured', enabled: ' Enabled', disabled: ' Disabled' }[s]));
  options.classList.toggle('inactive', current.state !== 'enabled');
  const apply = el('button', {
    type: 'button', id: `apply-${def.key}`,
    onclick: async () => {
      const chosen = document.querySelector(`input[name="${group}"]:checked`).value;
      let line = chosen;
      if (chosen === 'enabled') {
        for (const o of def.options) {
          const v = $(`opt-${def.key}-${o.name}`).value.trim();
          if (v !== '') line += ` ${o.name}=${quote(v)}`;
        }
      }
      message.textContent = '';
      message.classList.remove('error');
      try {
        const answer = await api('PUT', `/api/policy/gpos/${gpo.id}/settings/${def.key}`, { line });
        message.textContent = `saved: ${answer.line}`;
        await refresh();
      } catch (e) {
        message.textContent = e.message;
        message.classList.add('error');
      }
    },
  }, 'Apply');
  return el('fieldset', { class: 'setting', id: `setting-${def.key}` },
    el('legend', { text: def.displayName }),
    el('div', {}, el('div', { class: 'states' }, radios), options),
    el('pre', { class: 'help', text: def.helpText }),
    el('div', { class: 'actions' }, apply, message));
}

function renderEditor() {
  const gpo = state.gpos.find((g) => g.id === state.selected);
  $('editor').hidden = !gpo;
  if (!gpo) return;
  $('gpo-title').textContent = gpo.name;
  $('gpo-version').textContent = `version ${gpo.version} · ${gpo.id}`;
  $('gpo-enabled').checked = gpo.enabled;
  $('settings').replaceChildren(...state.catalog.map((def) => settingEditor(def, gpo)));
  $('links').tBodies[0].replaceChildren(...gpo.links.map((link) => el('tr', { 'data-container': link.container },
    el('td', { text: link.container }),
    el('td', { text: String(link.linkOrder) }),
    el('td', {}, el('input', {
      type: 'checkbox', checked: link.enforced, 'aria-label': 'Enforced',
      onchange: (e) => run('enforce', () => api('PATCH', linkPath(gpo.id, link.container), { enforced: e.target.checked })),
    })),
    el('td', {}, el('input', {
      type: 'checkbox', checked: link.enabled, 'aria-label': 'Link enabled',
      onchange: (e) => run('link status', () => api('PATCH', linkPath(gpo.id, link.container), { enabled: e.target.checked })),
    })),
    el('td', {}, el('button', {
      type: 'button', onclick: () => run('unlink', () => api('DELETE', linkPath(gpo.id, link.container))),
    }, 'Unlink')))));
  const d = state.directory;
  const containers = d ? [`domain:${d.domain}`, ...d.sites.map((s) => `site:${s}`), ...d.ous.map((o) => `ou:${o}`)] : [];
  $('link-container').replaceChildren(...containers
    .filter((c) => !gpo.links.some((l) => l.container === c))
    .map((c) => el('option', { value: c }, c)));
}

function linkPath(id, container) {
  return `/api/policy/gpos/${id}/links?container=${encodeURIComponent(container)}`;
}

function selectGpo(id) {
  state.selected = id;
  renderGpoList();
  renderEditor();
}

// ---- RSoP and agents ---------------------------------------------------------------------------

function optionsText(options) {
  return Object.entries(options || {}).map(([k, v]) => `${k}=${v}`).join(' ');
}

async function showRsop(computer) {
  state.rsopComputer = computer;
  $('rsop-computer').value = computer;
  const out = $('rsop');
  try {
    const rsop = await api('GET', `/api/policy/rsop?computer=${encodeURIComponent(computer)}`);
    out.replaceChildren(...[
      el('h3', { text: rsop.computer }),
      el('table', { id: 'rsop-settings' },
        el('thead', {}, el('tr', {}, ['Setting', 'State', 'Options', 'Winning GPO'].map((h) => el('th', { text: h })))),
        el('tbody', {}, rsop.settings.map((s) => el('tr', { 'data-key': s.key },
          el('td', { text: s.name }),
          el('td', { class: `state state-${s.state}`, text: s.state }),
          el('td', { class: 'options-text', text: optionsText(s.options) }),
          el('td', { class: 'winner', text: s.winner ? `${s.winner.gpoName} (${s.winner.container})` : 'default' }))))),
      el('h3', { text: 'Applied GPOs' }),
      el('ol', { id: 'rsop-applied' }, rsop.applied.map((a) => el('li', {},
        `${a.gpoName} — ${a.container}, link ${a.linkOrder}${a.enforced ? ', enforced' : ''}`))),
      rsop.filtered.length ? el('h3', { text: 'Filtered out' }) : null,
      rsop.filtered.length ? el('ul', {}, rsop.filtered.map((f) => el('li', {},
        `${f.gpoName || f.gpoId} — ${f.container}: ${f.reason}`))) : null,
    ].filter((node) => node !== null));
  } catch (e) {
    out.replaceChildren(el('p', { class: 'message error', text: e.message }));
  }
}

async function refreshAgents() {
  try {
    const agents = await api('GET', '/api/policy/agents');
    $('agents').tBodies[0].replaceChildren(...agents.map((a) => el('tr', { 'data-computer': a.directoryName },
      el('td', { text: a.directoryName }),
      el('td', { class: 'version sent', text: a.sentVersion || '' }),
      el('td', { class: 'version applied', text: a.appliedVersion || '—' }))));
  } catch (e) {
    // the agent list is informative; the status line reports real failures
  }
}

// ---- loading -----------------------------------------------------------------------------------

async function refresh() {
  const [directory, gpos] = await Promise.all([
    api('GET', '/api/directory').catch(() => null),
    api('GET', '/api/policy/gpos'),
  ]);
  state.directory = directory;
  state.gpos = gpos.sort((a, b) => a.name.localeCompare(b.name));
  renderTree();
  renderGpoList();
  renderEditor();
  if (state.rsopComputer) await showRsop(state.rsopComputer);
  await refreshAgents();
}

async function run(what, action) {
  try {
    await action();
    status(`${what}: done`);
  } catch (e) {
    status(`${what}: ${e.message}`, true);
  }
  await refresh().catch((e) => status(e.message, true));
}

function wire() {
  $('new-gpo').addEventListener('submit', (e) => {
    e.preventDefault();
    const name = $('new-gpo-name').value.trim();
    run('create GPO', async () => {
      const gpo = await api('POST', '/api/policy/gpos', { name });
      state.selected = gpo.id;
      $('new-gpo-name').value = '';
    });
  });
  $('link-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const container = $('link-container').value;
    if (!container || !state.selected) return;
    run(`link to ${container}`, () => api('POST', `/api/policy/gpos/${state.selected}/links`,
      { container, enforced: $('link-enforced').checked }));
  });
  $('gpo-enabled').addEventListener('change', (e) => {
    const id = state.selected;
    run(e.target.checked ? 'enable GPO' : 'disable GPO',
      () => api('POST', `/api/policy/gpos/${id}/${e.target.checked ? 'enable' : 'disable'}`, {}));
  });
  $('rsop-form').addEventListener('submit', (e) => {
    e.preventDefault();
    showRsop($('rsop-computer').value.trim());
  });
}

async function start() {
  wire();
  try {
    state.catalog = await api('GET', '/api/policy/catalog');
    await refresh();
    status('ready');
  } catch (e) {
    status(e.message, true);
  }
  setInterval(refreshAgents, 2000);
}

start();
