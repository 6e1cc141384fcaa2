'use strict';
let key, gameId = null, view = null, stream = null;

function path(suffix) { return '/api/games/' + encodeURIComponent(gameId) + suffix; }

async function refresh() {
  if (!gameId) return;
  try {
    view = await api('GET', path('/console'), key);
    render();
  } catch (e) {
    showMessage(e.message);
  }
}

function render() {
  const v = view, g = v.game;
  $('status-bar').hidden = false;
  $('join-code').textContent = g.code;
  renderStatus(g);
  renderOutcome(v.outcome);
  const st = g.status;
  $('start').disabled = st !== 'LOBBY';
  $('pause').disabled = st !== 'RUNNING';
  $('resume').disabled = st !== 'PAUSED';
  $('advance').disabled = st !== 'RUNNING';
  $('end').disabled = st === 'FINISHED';
  $('inject').disabled = st === 'FINISHED';
  $('waiting-for').textContent = st !== 'RUNNING' ? ''
    : v.undecided.length ? 'Waiting for: ' + v.undecided.join(', ')
    : v.seats.some(s => s.player) ? 'Every player has decided.' : 'Bots only: advance when ready.';
  $('injects').textContent = g.injectsThisTurn.length ? 'This turn: ' + g.injectsThisTurn.join('; ') : '';
  const sel = $('inject-select');
  if (sel.options.length !== v.injectMenu.length) {
    sel.replaceChildren(...v.injectMenu.map(c => h('option', {value: c.name}, c.name + ': ' + c.description)));
  }
  if (document.activeElement !== $('deadline-seconds')) $('deadline-seconds').value = g.turnSeconds;
  fill('seats', h('table', {class: 'seats'}, h('tbody', {}, v.seats.map(s => h('tr', {'data-country': s.country},
    h('th', {}, s.country), h('td', {}, s.name),
    h('td', {}, seatSelect(s, v.participants)),
    h('td', {class: s.player && st === 'RUNNING' ? (s.decided ? 'done' : 'pending') : ''},
      !s.player ? 'bot' : st !== 'RUNNING' ? 'player' : s.decided ? '\u2713 decided' : '\u2026 deciding'))))));
  fill('participants', v.participants.length ? h('ul', {}, v.participants.map(p =>
    h('li', {}, p.name, ' ', h('span', {class: 'hint'}, p.country ? '(' + p.country + ')' : '(no country)'))))
    : h('p', {class: 'hint'}, 'No one has joined yet.'));
  renderDashboard(v.dashboard);
  renderNews(v.news);
  $('debrief').disabled = st !== 'FINISHED';
  $('whatif-run').disabled = g.turn <= 1 && st !== 'FINISHED';
  const played = st === 'FINISHED' ? g.turns : g.turn - 1;
  $('whatif-turn').max = Math.max(1, played);
}

let moves = null;

async function loadMoves() {
  if (moves) return;
  moves = await api('GET', '/api/moves');
  $('whatif-country').replaceChildren(...Object.keys(moves).map(c => h('option', {value: c}, c)));
  fillMoves();
}

function fillMoves() {
  const c = $('whatif-country').value;
  $('whatif-action').replaceChildren(...(moves[c] || []).map(m => h('option', {value: m.name}, m.name)));
}

async function whatIf(ev) {
  ev.preventDefault();
  const turn = Number($('whatif-turn').value), country = $('whatif-country').value, action = $('whatif-action').value;
  fill('whatif-result', h('p', {class: 'hint'}, 'Computing: replaying to turn ' + turn + ' and running the continuations\u2026'));
  try {
    const r = await api('POST', path('/counterfactual'), key, {turn, country, action});
    const byName = {};
    for (const f of r.whatIf) byName[f.future] = f;
    fill('whatif-result',
      h('p', {}, 'Turn ' + r.turn + ': ' + r.country + ' played ' + (r.actual || '?') + '; what if ' + r.instead + '? (' + r.runs + ' continuations each, same seeds)'),
      h('table', {class: 'figures whatif'},
        h('thead', {}, h('tr', {}, h('th', {}, 'future'), h('th', {}, 'what happened'), h('th', {}, 'with ' + r.instead))),
        h('tbody', {}, r.happened.map(f => h('tr', {'data-future': f.future},
          h('td', {}, f.label), h('td', {class: 'num'}, pct(f.probability)),
          h('td', {class: 'num'}, pct(byName[f.future].probability)))))));
  } catch (e) {
    fill('whatif-result', h('p', {class: 'message error'}, e.message));
  }
}

async function downloadDebrief() {
  showMessage('Preparing the debrief\u2026', true);
  try {
    const r = await fetch(path('/debrief.html?download=1'), {headers: {Authorization: 'Bearer ' + key}});
    if (!r.ok) {
      let msg = 'debrief: ' + r.status;
      try { msg = (await r.json()).error || msg; } catch (e) { /* not JSON */ }
      throw new Error(msg);
    }
    const url = URL.createObjectURL(await r.blob());
    const a = h('a', {href: url, download: 'peninsula-debrief-' + gameId + '.html'});
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
    showMessage('Debrief downloaded.', true);
  } catch (e) {
    showMessage(e.message);
  }
}

function seatSelect(seat, people) {
  const sel = h('select', {class: 'assign', 'data-country': seat.country, 'aria-label': 'who plays ' + seat.country,
    disabled: view.game.status === 'FINISHED'},
    h('option', {value: ''}, 'bot'),
    people.map(p => h('option', {value: p.id, selected: p.id === seat.participant}, p.name)));
  sel.addEventListener('change', () => act('/seats', {country: seat.country, participant: sel.value || null}));
  return sel;
}

async function act(suffix, body) {
  showMessage('');
  try {
    await api('POST', path(suffix), key, body === undefined ? {} : body);
  } catch (e) {
    showMessage(e.message);
  }
  await refresh();
}

async function home() {
  $('home').hidden = false;
  $('console').hidden = true;
  $('status-bar').hidden = true;
  try {
    const s = await api('GET', '/api/scenarios', key);
    if (!$('scenario').options.length) {
      $('scenario').replaceChildren(...s.scenarios.map(n => h('option', {value: n}, n)));
    }
    const games = await api('GET', '/api/games', key);
    fill('games', games.length ? h('ul', {}, games.map(g => h('li', {},
      h('a', {href: '#key=' + encodeURIComponent(key) + '&game=' + encodeURIComponent(g.id), class: 'game-link'}, g.id),
      ' ' + g.scenario + ' \u00b7 ' + g.status.toLowerCase() + ' \u00b7 turn ' + g.turn + '/' + g.turns + ' \u00b7 ' + g.players + ' students')))
      : h('p', {class: 'hint'}, 'No games yet.'));
  } catch (e) {
    showMessage(e.message);
  }
}

async function create(ev) {
  ev.preventDefault();
  showMessage('');
  const seed = $('seed').value.trim();
  try {
    const c = await api('POST', '/api/games', key, {
      scenario: $('scenario').value, turnMonths: Number($('turn-months').value), turns: Number($('turns').value),
      seed: seed === '' ? null : Number(seed), allowPick: $('allow-pick').checked,
      autoAdvance: $('auto-advance').checked, turnSeconds: Number($('turn-seconds').value || 0)});
    location.hash = 'key=' + encodeURIComponent(key) + '&game=' + encodeURIComponent(c.id);
  } catch (e) {
    showMessage(e.message);
  }
}

async function download() {
  try {
    const r = await fetch(path('/export'), {headers: {Authorization: 'Bearer ' + key}});
    if (!r.ok) throw new Error('export failed: ' + r.status);
    const url = URL.createObjectURL(await r.blob());
    const a = h('a', {href: url, download: 'peninsula-game-' + gameId + '.json'});
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  } catch (e) {
    showMessage(e.message);
  }
}

function route() {
  const p = params();
  key = p.get('key');
  if (!key) {
    showMessage('Open the console with the address printed by ./peninsula serve (it carries the teacher\u2019s key).');
    return;
  }
  const g = p.get('game');
  if (stream) { stream.close(); stream = null; }
  gameId = g;
  if (!g) { home(); return; }
  $('home').hidden = true;
  $('console').hidden = false;
  $('student-url').textContent = location.origin + '/';
  stream = follow(gameId, key, refresh, () => loadOdds(gameId, key));
  refresh();
  loadOdds(gameId, key);
  loadMoves().catch(e => showMessage(e.message));
}

document.addEventListener('DOMContentLoaded', () => {
  $('create-form').addEventListener('submit', create);
  $('start').addEventListener('click', () => act('/start'));
  $('pause').addEventListener('click', () => act('/pause'));
  $('resume').addEventListener('click', () => act('/resume'));
  $('advance').addEventListener('click', () => act('/advance'));
  $('end').addEventListener('click', () => act('/end'));
  $('export').addEventListener('click', download);
  $('debrief').addEventListener('click', downloadDebrief);
  $('whatif-form').addEventListener('submit', whatIf);
  $('whatif-country').addEventListener('change', fillMoves);
  $('inject').addEventListener('click', () => act('/injects', {event: $('inject-select').value}));
  $('set-deadline').addEventListener('click', () => act('/deadline', {seconds: Number($('deadline-seconds').value || 0)}));
  $('back').addEventListener('click', ev => { ev.preventDefault(); location.hash = 'key=' + encodeURIComponent(key); });
  window.addEventListener('hashchange', route);
  route();
});
