'use strict';
let gameId = null, view = null, stream = null;

function path(suffix) { return '/api/games/' + encodeURIComponent(gameId) + suffix; }

async function refresh() {
  if (!gameId) return;
  try {
    view = await api('GET', path('/console'));
    render();
  } catch (e) {
    if (!loginNeeded(e)) showMessage(e.message);
  }
}

// Without the teacher's cookie every teacher call is refused (403): say how to sign in.
function loginNeeded(e) {
  if (!e || (e.status !== 401 && e.status !== 403)) return false;
  $('home').hidden = true;
  $('console').hidden = true;
  $('status-bar').hidden = true;
  $('login-needed').hidden = false;
  $('students-card').hidden = true;
  return true;
}

function render() {
  const v = view, g = v.game;
  $('status-bar').hidden = false;
  $('join-code').textContent = g.code;
  $('projector-link').href = '/projector/' + encodeURIComponent(g.code);
  $('projector-link').hidden = false;
  renderStatus(g);
  renderOutcome(v.outcome);
  const st = g.status;
  $('start').disabled = st !== 'LOBBY';
  $('pause').disabled = st !== 'RUNNING';
  $('resume').disabled = st !== 'PAUSED';
  $('advance').disabled = st !== 'RUNNING';
  $('end').disabled = st === 'FINISHED';
  $('lock').hidden = st === 'FINISHED';
  $('lock').textContent = g.locked ? 'Unlock the lobby' : 'Lock the lobby';
  $('lock').dataset.locked = g.locked ? 'true' : 'false';
  $('locked-note').textContent = g.locked ? 'The lobby is locked: no one new can join (rejoin codes still work).' : '';
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
  renderParticipants(v.participants, st);
  loadChoices();
  renderDashboard(v.dashboard);
  renderNews(v.news);
  $('debrief').disabled = st !== 'FINISHED';
  $('whatif-run').disabled = g.turn <= 1 && st !== 'FINISHED';
  const played = st === 'FINISHED' ? g.turns : g.turn - 1;
  $('whatif-turn').max = Math.max(1, played);
}

// The students, with rename and remove. Rows are updated in place so that a name being typed is
// not wiped by a live update.
function renderParticipants(people, st) {
  const box = $('participants');
  if (!people.length) { fill('participants', h('p', {class: 'hint'}, 'No one has joined yet.')); return; }
  let table = box.querySelector('table.people');
  if (!table) { table = h('table', {class: 'people'}, h('tbody')); box.replaceChildren(table); }
  const body = table.tBodies[0];
  const rows = new Map(Array.from(body.rows).map(r => [r.dataset.participant, r]));
  for (const [id, r] of rows) if (!people.some(p => p.id === id)) r.remove();
  for (const p of people) {
    let r = rows.get(p.id);
    if (!r) {
      const input = h('input', {class: 'rename-input', 'aria-label': 'new name for ' + p.name, maxlength: 40});
      r = h('tr', {'data-participant': p.id},
        h('td', {class: 'pname'}), h('td', {class: 'pcountry hint'}),
        h('td', {}, input, h('button', {class: 'small rename', onclick: () => rename(p.id, input)}, 'Rename')),
        h('td', {}, h('button', {class: 'small danger remove', onclick: () => removeParticipant(p.id)}, 'Remove')));
      body.append(r);
    }
    r.querySelector('.pname').textContent = p.name;
    r.querySelector('.pcountry').textContent = p.country ? '(' + p.country + ')' : '(no country)';
    r.querySelector('.rename-input').placeholder = p.name;
    r.querySelectorAll('button').forEach(b => { b.disabled = st === 'FINISHED'; });
  }
}

async function rename(id, input) {
  const name = input.value.trim();
  if (!name) { showMessage('Type the new name first.'); return; }
  const ok = await act('/participants/' + encodeURIComponent(id) + '/rename', {name});
  if (ok) input.value = '';
}

async function removeParticipant(id) {
  const p = view.participants.find(x => x.id === id);
  if (!await confirmAction('Remove ' + (p ? p.name : 'this student') + ' from the game? Their seat goes back to a bot'
    + ' and their browser loses it.', 'Remove')) return;
  await act('/participants/' + encodeURIComponent(id) + '/remove', {});
}

// What each seat has chosen this turn, and the move each bot intends: visible before Advance.
let choicesBusy = false;
async function loadChoices() {
  const card = $('choices-card');
  if (!view || view.game.status !== 'RUNNING') { card.hidden = true; return; }
  if (choicesBusy) return;
  choicesBusy = true;
  try {
    const t = await api('GET', path('/turn'));
    card.hidden = false;
    fill('choices', h('table', {class: 'choices'}, h('tbody', {}, t.seats.map(c => {
      const player = c.holder === 'player';
      const likely = !player && c.likeliest && c.likeliest !== c.action
        ? ' (likeliest by its utilities: ' + c.likeliest + (c.likeliestProbability !== null && c.likeliestProbability !== undefined
          ? ', ' + pct(c.likeliestProbability) : '') + ')' : '';
      return h('tr', {'data-country': c.country},
        h('th', {}, c.country), h('td', {}, player ? c.player : c.holder),
        h('td', {class: 'action'}, c.action ? c.action : player ? '\u2026 not decided (holds)' : '?'),
        h('td', {class: 'hint'}, player ? (c.decided ? 'chosen' : '') : 'intends' + likely));
    }))));
  } catch (e) {
    card.hidden = true;
  } finally {
    choicesBusy = false;
  }
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
    const r = await api('POST', path('/counterfactual'), null, {turn, country, action});
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
    const r = await fetch(path('/debrief.html?download=1'), {credentials: 'same-origin'});
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
  sel.addEventListener('change', () => reseat(seat.country, sel.value || null));
  return sel;
}

// Re-seating a student who has decided this turn throws their decision away: ask first. The
// server answers 409 without {confirm: true} in that case, so a stale view is caught as well.
async function reseat(country, participant) {
  const s = view.seats.find(x => x.country === country);
  let confirm = false;
  if (s && s.player && s.decided && view.game.status === 'RUNNING') {
    confirm = await confirmAction(s.player + ' has already decided for ' + country + ' this turn. Re-seat anyway?'
      + ' Their decision for this turn is dropped.', 'Re-seat');
    if (!confirm) { await refresh(); return; }
  }
  try {
    await api('POST', path('/seats'), null, {country, participant, confirm});
    showMessage('');
  } catch (e) {
    if (e.status === 409 && !confirm && await confirmAction(e.message + ' Re-seat anyway?', 'Re-seat')) {
      try { await api('POST', path('/seats'), null, {country, participant, confirm: true}); showMessage(''); }
      catch (e2) { showMessage(e2.message); }
    } else if (e.status !== 409 || confirm) {
      showMessage(e.message);
    }
  }
  await refresh();
}

async function act(suffix, body) {
  showMessage('');
  let ok = true;
  try {
    await api('POST', path(suffix), null, body === undefined ? {} : body);
  } catch (e) {
    ok = false;
    showMessage(e.message);
  }
  await refresh();
  return ok;
}

async function endGame() {
  if (!await confirmAction('End the game now? The remaining turns are not played and this cannot be undone.', 'End the game')) return;
  await act('/end');
}

async function secondDevice() {
  try {
    const r = await api('POST', '/api/teacher/login-link');
    fill('device-link', (r.urls && r.urls.length ? r.urls : [r.url]).map(u => h('div', {}, u)));
    $('device-dialog').showModal();
  } catch (e) {
    showMessage(e.message);
  }
}

// The students' address: this computer's network addresses as the server sees them, never the
// address the teacher happens to use (often 127.0.0.1).
async function loadAddresses() {
  try {
    const urls = (await api('GET', '/api/server/addresses')).urls;
    fill('student-urls', urls.length ? urls.map(u => h('span', {class: 'student-url'}, u)).flatMap((e, i) => i ? [' or ', e] : [e])
      : h('span', {class: 'student-url'}, 'no network address found: is this computer on the classroom network?'));
  } catch (e) {
    fill('student-urls', h('span', {}, '(addresses unavailable: ' + e.message + ')'));
  }
}

async function loadServerInfo() {
  try {
    const i = await api('GET', '/api/server/info');
    $('tls-warning').hidden = !!i.tls;
  } catch (e) {
    $('tls-warning').hidden = false;
  }
}

async function home() {
  $('home').hidden = false;
  $('console').hidden = true;
  $('status-bar').hidden = true;
  $('projector-link').hidden = true;
  try {
    const s = await api('GET', '/api/scenarios');
    if (!$('scenario').options.length) {
      $('scenario').replaceChildren(...s.scenarios.map(n => h('option', {value: n}, n)));
    }
    const games = await api('GET', '/api/games');
    fill('games', games.length ? h('ul', {}, games.map(g => h('li', {},
      h('a', {href: '#game=' + encodeURIComponent(g.id), class: 'game-link'}, g.id),
      ' ' + g.scenario + ' \u00b7 ' + g.status.toLowerCase() + ' \u00b7 turn ' + g.turn + '/' + g.turns + ' \u00b7 ' + g.players + ' students')))
      : h('p', {class: 'hint'}, 'No games yet.'));
  } catch (e) {
    if (!loginNeeded(e)) showMessage(e.message);
  }
}

async function create(ev) {
  ev.preventDefault();
  showMessage('');
  const seed = $('seed').value.trim();
  try {
    const c = await api('POST', '/api/games', null, {
      scenario: $('scenario').value, turnMonths: Number($('turn-months').value), turns: Number($('turns').value),
      seed: seed === '' ? null : Number(seed), allowPick: $('allow-pick').checked,
      autoAdvance: $('auto-advance').checked, turnSeconds: Number($('turn-seconds').value || 0)});
    location.hash = 'game=' + encodeURIComponent(c.id);
  } catch (e) {
    showMessage(e.message);
  }
}

async function download() {
  try {
    const r = await fetch(path('/export'), {credentials: 'same-origin'});
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
  stripSecretsFromUrl();
  const g = params().get('game');
  if (stream) { stream.close(); stream = null; }
  gameId = g;
  if (!g) { home(); return; }
  $('home').hidden = true;
  $('console').hidden = false;
  stream = follow(gameId, refresh, () => loadOdds(gameId, null));
  refresh();
  loadOdds(gameId, null);
  loadMoves().catch(e => showMessage(e.message));
}

document.addEventListener('DOMContentLoaded', () => {
  $('create-form').addEventListener('submit', create);
  $('start').addEventListener('click', () => act('/start'));
  $('pause').addEventListener('click', () => act('/pause'));
  $('resume').addEventListener('click', () => act('/resume'));
  $('advance').addEventListener('click', () => act('/advance'));
  $('end').addEventListener('click', endGame);
  $('export').addEventListener('click', download);
  $('debrief').addEventListener('click', downloadDebrief);
  $('whatif-form').addEventListener('submit', whatIf);
  $('whatif-country').addEventListener('change', fillMoves);
  $('inject').addEventListener('click', () => act('/injects', {event: $('inject-select').value}));
  $('set-deadline').addEventListener('click', () => act('/deadline', {seconds: Number($('deadline-seconds').value || 0)}));
  $('back').addEventListener('click', ev => { ev.preventDefault(); location.hash = ''; });
  $('lock').addEventListener('click', () => act('/lock', {locked: $('lock').dataset.locked !== 'true'}));
  $('second-device').addEventListener('click', secondDevice);
  loadAddresses();
  loadServerInfo();
  window.addEventListener('hashchange', route);
  route();
});
