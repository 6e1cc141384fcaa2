'use strict';
let gameId, token, seat, view = null, sending = false, shownTurn = null;

async function refresh() {
  try {
    view = await api('GET', '/api/games/' + encodeURIComponent(gameId) + '/me', token);
    render();
  } catch (e) {
    if (e.status === 401 || e.status === 403) {
      showMessage('This browser no longer holds a seat in game ' + gameId
        + ': the seat moved to another device with its rejoin code, or the teacher removed it.'
        + ' Join again from the start page, or come back with your rejoin code.');
      forgetSeat(gameId);
      if (stream) { stream.close(); stream = null; }
      return;
    }
    showMessage(e.message);
  }
}
let stream = null;

function render() {
  const v = view, g = v.game;
  const turnKey = g.turn + ':' + g.status;
  if (shownTurn !== null && shownTurn !== turnKey) showMessage('');
  shownTurn = turnKey;
  document.title = 'Peninsula: ' + (v.me.countryName || v.me.name);
  $('country-name').textContent = v.me.countryName || 'Peninsula';
  $('player-name').textContent = v.me.name;
  $('game-code').textContent = g.code;
  renderRejoin(v);
  renderStatus(g);
  renderOutcome(v.outcome);
  const link = $('debrief-link');
  link.hidden = g.status !== 'FINISHED';
  if (g.status === 'FINISHED') {
    // The player's cookie for this game authorises the debrief: no token in the address.
    link.href = '/api/games/' + encodeURIComponent(gameId) + '/debrief.html';
  } else {
    link.removeAttribute('href');
  }
  const canPick = v.freeCountries.length > 0 && !v.me.country && g.status !== 'FINISHED';
  $('pick').hidden = !canPick;
  keyedButtons($('pick-buttons'), canPick ? v.freeCountries : [], c => c, c => h('button', {
    class: 'pick', 'data-country': c, onclick: () => pick(c)}, c), () => {});
  $('waiting').hidden = !!v.me.country || canPick || g.status === 'FINISHED';
  const breaking = $('breaking');
  breaking.hidden = !g.injectsThisTurn.length || g.status === 'FINISHED';
  breaking.replaceChildren(h('h2', {}, 'Breaking news'), h('ul', {}, g.injectsThisTurn.map(t => h('li', {}, t))));
  renderMoves(v);
  renderDashboard(v.dashboard);
  renderNews(v.news);
  fill('seats', h('ul', {class: 'seats'}, v.seats.map(s => h('li', {'data-country': s.country},
    h('strong', {}, s.country), ' ', s.player ? s.player : 'bot',
    s.player && g.status === 'RUNNING' ? h('span', {class: s.decided ? 'done' : 'pending'}, s.decided ? ' \u2713 decided' : ' \u2026 thinking') : null))));
  renderBriefing(v.briefing);
}

function renderRejoin(v) {
  const code = seat && seat.rejoinCode;
  $('rejoin-box').hidden = !code;
  if (code) $('rejoin-code').textContent = code;
}

/*
 * Updates a row of buttons in place: a button keeps its element (and so its identity) from one
 * live update to the next; only the buttons whose key appears or goes are added or removed. A
 * click therefore always lands on a button that is in the page.
 */
function keyedButtons(box, items, keyOf, make, update) {
  const existing = new Map();
  for (const b of Array.from(box.children)) existing.set(b.dataset.key, b);
  const wanted = items.map(keyOf);
  for (const [k, b] of existing) if (!wanted.includes(k)) b.remove();
  let before = null;
  items.forEach((item, i) => {
    const k = wanted[i];
    let b = existing.get(k);
    if (!b || !b.isConnected) { b = make(item); b.dataset.key = k; }
    update(b, item);
    const next = before ? before.nextElementSibling : box.firstElementChild;
    if (next !== b) box.insertBefore(b, next);
    before = b;
  });
}

function renderMoves(v) {
  const g = v.game;
  const open = g.status === 'RUNNING' && !!v.me.country;
  $('decide').hidden = !v.me.country || g.status === 'FINISHED';
  if (!v.me.country) return;
  const current = v.decision ? v.decision.action : null;
  $('decision').textContent = g.status === 'LOBBY' ? 'The game has not started yet: read your briefing.'
    : g.status === 'PAUSED' ? 'The game is paused.'
    : current ? 'Your decision: ' + current + ' (stored). You can change it until the turn closes.'
    : 'No decision yet: if the turn closes, your country holds its course.';
  keyedButtons($('moves'), v.briefing.moves, m => m.name,
    m => h('button', {class: 'move', 'data-action': m.name, onclick: () => decide(m.name)},
      h('strong', {}, m.name.replaceAll('_', ' ')), h('span', {}, m.description)),
    (b, m) => {
      b.classList.toggle('chosen', m.name === current);
      b.disabled = !open || sending;
      b.setAttribute('aria-pressed', m.name === current ? 'true' : 'false');
    });
}

function renderBriefing(b) {
  const box = $('briefing');
  box.hidden = !b;
  if (!b) return;
  if (box.dataset.country === b.name) return;   // unchanged: keep the student's scroll and selection
  box.dataset.country = b.name;
  box.replaceChildren(h('h2', {}, 'Briefing: ' + b.name),
    h('p', {}, b.position),
    h('h3', {}, 'Your interests'), h('ul', {}, b.interests.map(i => h('li', {}, i))),
    h('h3', {}, 'Your stance'), h('ul', {class: 'stance'}, b.stance.map(i => h('li', {}, i.text,
      i.source ? h('div', {class: 'source'}, 'Sources: ' + i.source) : null))),
    h('h3', {}, 'Your moves'), h('dl', {}, b.moves.map(m => [h('dt', {}, m.name), h('dd', {}, m.description)])));
}

async function decide(action) {
  sending = true;
  if (view) renderMoves(view);
  try {
    const a = await api('POST', '/api/games/' + encodeURIComponent(gameId) + '/decision', token,
      {action, turn: view.game.turn});
    showMessage('Decision stored: ' + a.action + ' for turn ' + a.turn + '.', true);
  } catch (e) {
    showMessage(e.message);
  }
  sending = false;
  await refresh();
}

async function pick(country) {
  try {
    await api('POST', '/api/games/' + encodeURIComponent(gameId) + '/pick', token, {country});
    showMessage('');
  } catch (e) {
    showMessage(e.message);
  }
  await refresh();
}

document.addEventListener('DOMContentLoaded', () => {
  // An old-style link (#game=..&token=..) still works: its token moves to storage and leaves the URL.
  const legacy = stripSecretsFromUrl();
  gameId = params().get('game');
  if (gameId && legacy.token && !storedSeat(gameId)) storeSeat(gameId, {token: legacy.token, rejoinCode: null});
  seat = gameId ? storedSeat(gameId) : null;
  token = seat ? seat.token : null;
  if (!gameId || !token) {
    showMessage('This browser holds no seat in this game: join from the start page, or come back with your rejoin code.');
    return;
  }
  start();
});

async function start() {
  // The event stream and the debrief link ride on this game's HttpOnly player cookie; it may have
  // expired (or this is another browser after a rejoin): renew it from the stored token first.
  try {
    await api('POST', '/api/games/' + encodeURIComponent(gameId) + '/session', token, {});
  } catch (e) {
    if (e.status === 401 || e.status === 403 || e.status === 404) { await refresh(); return; }
  }
  stream = follow(gameId, refresh, () => loadOdds(gameId, token));
  refresh();
  loadOdds(gameId, token);
}
