'use strict';
// Shared helpers. Every piece of text from the server goes in with textContent: never as HTML.

function h(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

function $(id) { return document.getElementById(id); }

function fill(id, ...children) {
  const e = $(id);
  e.replaceChildren(...children.flat(Infinity).filter(c => c !== null && c !== undefined));
  return e;
}

function params() { return new URLSearchParams(location.hash.slice(1)); }

// Anything that looks like a secret in the address bar (an old bookmarked teacher link, a player
// token from an old join link) is removed at once, so it is never projected, bookmarked or shared.
const SECRET_PARAMS = ['key', 'token', 'once', 'secret', 'code_verifier'];

function stripSecretsFromUrl() {
  const hash = new URLSearchParams(location.hash.slice(1));
  const query = new URLSearchParams(location.search);
  const found = {};
  let dirty = false;
  for (const p of [hash, query]) {
    for (const k of SECRET_PARAMS) {
      if (p.has(k)) { found[k] = p.get(k); p.delete(k); dirty = true; }
    }
  }
  if (dirty) {
    const q = query.toString(), hsh = hash.toString();
    history.replaceState(null, '', location.pathname + (q ? '?' + q : '') + (hsh ? '#' + hsh : ''));
  }
  return found;
}

function showMessage(text, ok) {
  const m = $('message');
  if (!m) return;
  m.textContent = text || '';
  m.className = 'message' + (text ? (ok ? ' ok' : ' error') : '');
}

/** An API error with its HTTP status, so callers can react to 401, 404, 409 or 429. */
class ApiError extends Error {
  constructor(status, message, data) { super(message); this.status = status; this.data = data; }
}

function retryMessage(r) {
  const after = Number(r.headers.get('Retry-After'));
  const s = Number.isFinite(after) && after > 0 ? Math.ceil(after) : null;
  return 'Too many attempts: try again in ' + (s === null ? 'a moment' : s + ' s') + '.';
}

// A player's calls carry the player's token in a header; the teacher's are authorised by the
// HttpOnly cookie the one-time link set, which this script can neither read nor send by hand.
async function api(method, path, token, body) {
  const headers = {};
  if (token) headers['X-Player-Token'] = token;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const r = await fetch(path, {method, headers, credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body)});
  let data = null;
  try { data = await r.json(); } catch (e) { data = null; }
  if (r.status === 429) throw new ApiError(429, retryMessage(r), data);
  if (!r.ok) throw new ApiError(r.status, (data && data.error) || (r.status + ' ' + r.statusText), data);
  return data;
}

/** A real dialog for irreversible actions; resolves true when the teacher confirms. */
function confirmAction(text, yes) {
  const dlg = $('confirm-dialog');
  if (!dlg || typeof dlg.showModal !== 'function') return Promise.resolve(window.confirm(text));
  $('confirm-text').textContent = text;
  $('confirm-yes').textContent = yes || 'Yes';
  return new Promise(resolve => {
    dlg.addEventListener('close', () => resolve(dlg.returnValue === 'yes'), {once: true});
    dlg.returnValue = '';
    dlg.showModal();
  });
}

// Calls refresh() whenever the game changes (server-sent events), and every 20 s as a fallback.
// Calls onOdds() whenever the live odds move (partial results stream in as they are ready).
// The stream is authorised by a cookie (the teacher's, or the player's for this game), never by
// a token in its address.
function follow(gameId, refresh, onOdds) {
  let last = -1;
  const es = new EventSource('/api/games/' + encodeURIComponent(gameId) + '/events');
  es.addEventListener('update', ev => {
    const v = JSON.parse(ev.data).version;
    if (v !== last) { last = v; refresh(); }
  });
  if (onOdds) es.addEventListener('odds', () => onOdds());
  const timer = setInterval(() => { refresh(); if (onOdds) onOdds(); }, 20000);
  return {close() { es.close(); clearInterval(timer); }};
}

// ---- live odds ------------------------------------------------------------------------------

function pct(p) { return (p === null || p === undefined || isNaN(p)) ? '-' : (100 * p).toFixed(1) + '%'; }

// The odds stop with the game: once it is over there is no "from here" left to show.
let gameOver = false;
let gameTurns = null;

async function loadOdds(gameId, token) {
  if (gameOver) { renderOdds(null); return; }
  const r = await fetch('/api/games/' + encodeURIComponent(gameId) + '/odds',
    {headers: token ? {'X-Player-Token': token} : {}, credentials: 'same-origin'});
  if (r.status === 204) { renderOdds(null); return; }
  if (!r.ok) return;
  renderOdds(await r.json());
}

function renderOdds(o) {
  const box = $('odds-body');
  if (!box) return;
  if (gameOver || (o && gameTurns !== null && o.turn > gameTurns)) {
    fill('odds-body', h('p', {class: 'hint', id: 'odds-status'}, 'The game is over: no odds from here. The outcome is above.'));
    return;
  }
  if (!o) { fill('odds-body', h('p', {class: 'hint'}, 'The odds are being computed…')); return; }
  const rows = o.futures.map(f => {
    const width = Math.round(Math.max(0, Math.min(1, f.probability)) * 100);
    const fillEl = h('span', {class: 'fill'});
    fillEl.style.width = width + '%';
    const moved = f.previous === null || f.previous === undefined ? ''
      : pct(f.previous) + ' → ';
    return h('tr', {'data-future': f.future},
      h('td', {}, f.label),
      h('td', {class: 'num'}, moved, h('strong', {}, pct(f.probability))),
      h('td', {class: 'hint'}, pct(f.low) + '–' + pct(f.high)),
      h('td', {class: 'oddsbar'}, h('div', {class: 'bar'}, fillEl)));
  });
  fill('odds-body',
    o.headline ? h('p', {class: 'headline', id: 'odds-headline'}, o.headline.charAt(0).toUpperCase() + o.headline.slice(1)) : null,
    h('p', {class: 'date', id: 'odds-status'}, 'Turn ' + o.turn + ': ' + (o.basis === 'scenario'
      ? 'the scenario’s odds' : 'the odds from here') + ', ' + (o.complete ? o.runsTotal + ' runs'
      : o.runsDone + ' of ' + o.runsTotal + ' runs so far') + ' (95% intervals)'),
    h('table', {class: 'figures odds'}, h('tbody', {}, rows)));
}

// ---- the pieces both screens show -----------------------------------------------------------

let clockOffset = 0;
let deadline = null;
let remaining = null;

function renderStatus(game) {
  const wasOver = gameOver;
  gameOver = game.status === 'FINISHED';
  gameTurns = game.turns;
  if (gameOver && !wasOver) renderOdds(null);
  clockOffset = game.serverTime - Date.now();
  deadline = game.status === 'RUNNING' ? game.deadlineAt : null;
  remaining = game.status === 'PAUSED' ? game.remainingMs : null;
  const status = $('status');
  status.textContent = {LOBBY: 'waiting to start', RUNNING: 'turn open', PAUSED: 'paused', FINISHED: 'game over'}[game.status] || game.status;
  status.className = 'badge ' + game.status.toLowerCase();
  $('turn').textContent = 'Turn ' + game.turn + ' of ' + game.turns;
  $('period').textContent = game.period;
  tick();
}

function tick() {
  const c = $('countdown');
  if (!c) return;
  let ms = null;
  if (deadline) ms = deadline - (Date.now() + clockOffset);
  else if (remaining !== null && remaining !== undefined) ms = remaining;
  if (ms === null) { c.textContent = ''; return; }
  ms = Math.max(0, ms);
  const s = Math.ceil(ms / 1000);
  c.textContent = Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0') + ' left';
}
setInterval(tick, 1000);

function bar(label, value, note) {
  const fillEl = h('span', {class: 'fill'});
  fillEl.style.width = Math.round(Math.max(0, Math.min(1, value)) * 100) + '%';
  return h('div', {class: 'metric'},
    h('div', {class: 'metric-label'}, label, h('span', {class: 'value'}, value.toFixed(2))),
    h('div', {class: 'bar'}, fillEl),
    note ? h('div', {class: 'note'}, note) : null);
}

function relationColor(v) {
  const a = Math.min(1, Math.abs(v));
  return v >= 0 ? 'rgba(46, 139, 87, ' + (0.15 + 0.7 * a) + ')' : 'rgba(200, 50, 50, ' + (0.15 + 0.7 * a) + ')';
}

function renderDashboard(d) {
  const rel = {};
  for (const r of d.relations) rel[r.from + '>' + r.to] = r.value;
  const head = h('tr', {}, h('th', {}, 'view of \u2192'), d.countries.map(c => h('th', {}, c)));
  const rows = d.countries.map(a => h('tr', {}, h('th', {}, a), d.countries.map(b => {
    if (a === b) return h('td', {class: 'self'}, '\u2014');
    const v = rel[a + '>' + b];
    const td = h('td', {}, (v > 0 ? '+' : '') + v.toFixed(2));
    td.style.backgroundColor = relationColor(v);
    return td;
  })));
  fill('dashboard-body',
    h('p', {class: 'date'}, 'As of ' + d.date + (d.war ? ' \u2014 WAR' : '')),
    bar('Tension', d.tension, null),
    bar('Sanctions pressure (applied)', d.sanctionsPressure, 'on paper: ' + d.sanctionsStringency.toFixed(2)),
    bar('DPRK nuclear & missile capability', d.dprkCapability, null),
    bar('Talks momentum', d.talksMomentum, d.talks),
    bar("Russia's standing", d.russiaStanding, null),
    h('p', {}, 'Seoul: ' + d.rokGovernment + ' government \u00b7 Washington: ' + d.usAdministration + ' administration'),
    h('h3', {}, 'Relations (row\u2019s view of column, \u22121 hostile to +1 friendly)'),
    h('div', {class: 'scroll'}, h('table', {class: 'relations'}, h('thead', {}, head), h('tbody', {}, rows))));
}

function renderNews(news) {
  if (!news.items.length) {
    fill('news-body', h('p', {class: 'hint'}, 'Nothing yet: the first turn has not been played.'));
    return;
  }
  let date = null;
  const out = [h('p', {class: 'date'}, news.period)];
  let list = null;
  for (const it of news.items) {
    if (it.date !== date) {
      date = it.date;
      list = h('ul', {class: 'news'});
      out.push(h('h3', {}, it.date), list);
    }
    if (it.kind === 'move') {
      const who = it.seat === 'player' ? 'played by ' + it.player : it.seat;
      list.append(h('li', {class: 'move', 'data-country': it.country},
        h('strong', {}, it.country), ' ', h('span', {class: 'action'}, it.action), ': ', it.description,
        h('span', {class: 'who'}, ' (' + who + ')'),
        it.reasons ? h('div', {class: 'reasons'}, it.reasons) : null));
    } else {
      list.append(h('li', {class: it.kind}, it.text));
    }
  }
  fill('news-body', out);
}

function renderOutcome(outcome) {
  const box = $('outcome');
  if (!outcome) { box.hidden = true; return; }
  box.hidden = false;
  box.replaceChildren(
    h('h2', {}, 'Outcome'),
    h('p', {class: 'future', id: 'future'}, outcome.label),
    h('table', {class: 'figures'}, h('tbody', {}, outcome.figures.map(f =>
      h('tr', {}, h('td', {}, f.name), h('td', {class: 'num'}, f.description))))));
}
