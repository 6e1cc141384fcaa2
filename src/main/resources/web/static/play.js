'use strict';
let gameId, token, view = null, sending = false, shownTurn = null;

async function refresh() {
  try {
    view = await api('GET', '/api/games/' + encodeURIComponent(gameId) + '/me', token);
    render();
  } catch (e) {
    showMessage(e.message);
  }
}

function render() {
  const v = view, g = v.game;
  const turnKey = g.turn + ':' + g.status;
  if (shownTurn !== null && shownTurn !== turnKey) showMessage('');
  shownTurn = turnKey;
  document.title = 'Peninsula: ' + (v.me.countryName || v.me.name);
  $('country-name').textContent = v.me.countryName || 'Peninsula';
  $('player-name').textContent = v.me.name;
  $('game-code').textContent = g.code;
  renderStatus(g);
  renderOutcome(v.outcome);
  const link = $('debrief-link');
  link.hidden = g.status !== 'FINISHED';
  link.href = '/api/games/' + encodeURIComponent(gameId) + '/debrief.html?token=' + encodeURIComponent(token);
  const canPick = v.freeCountries.length > 0 && !v.me.country;
  $('pick').hidden = !canPick;
  if (canPick) {
    fill('pick-buttons', v.freeCountries.map(c => h('button', {class: 'pick', 'data-country': c,
      onclick: () => pick(c)}, c)));
  }
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
  fill('moves', v.briefing.moves.map(m => h('button', {
    class: 'move' + (m.name === current ? ' chosen' : ''), 'data-action': m.name, disabled: !open || sending,
    onclick: () => decide(m.name)}, h('strong', {}, m.name.replaceAll('_', ' ')), h('span', {}, m.description))));
}

function renderBriefing(b) {
  const box = $('briefing');
  box.hidden = !b;
  if (!b) return;
  box.replaceChildren(h('h2', {}, 'Briefing: ' + b.name),
    h('p', {}, b.position),
    h('h3', {}, 'Your interests'), h('ul', {}, b.interests.map(i => h('li', {}, i))),
    h('h3', {}, 'Your stance'), h('ul', {class: 'stance'}, b.stance.map(i => h('li', {}, i.text,
      i.source ? h('div', {class: 'source'}, 'Sources: ' + i.source) : null))),
    h('h3', {}, 'Your moves'), h('dl', {}, b.moves.map(m => [h('dt', {}, m.name), h('dd', {}, m.description)])));
}

async function decide(action) {
  sending = true;
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
  const p = params();
  gameId = p.get('game');
  token = p.get('token');
  if (!gameId || !token) {
    showMessage('This page needs a game and a token: join from the start page.');
    return;
  }
  follow(gameId, token, refresh, () => loadOdds(gameId, token));
  refresh();
  loadOdds(gameId, token);
});
