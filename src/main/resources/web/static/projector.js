'use strict';
// The projector view: public by design. It is reached by the join code alone and shows only what
// the class may see (no key, no token, nothing a student could use to act for someone else).
let joinCode = null, lastQr = null;

function codeFromPath() {
  const parts = location.pathname.split('/').filter(Boolean);
  return parts.length >= 2 ? decodeURIComponent(parts[1]) : null;
}

async function refresh() {
  try {
    const p = await api('GET', '/api/projector/' + encodeURIComponent(joinCode));
    render(p);
    showMessage('');
  } catch (e) {
    showMessage(e.status === 404 ? 'No game with the code ' + joinCode + '.' : e.message);
  }
}

function render(p) {
  $('big-code').textContent = p.joinCode;
  document.title = 'Peninsula: join with ' + p.joinCode;
  fill('join-urls', (p.joinUrls || []).map(u => h('div', {}, h('a', {href: u, class: 'join-url'}, u))));
  if (p.qrSvg && p.qrSvg !== lastQr) {
    lastQr = p.qrSvg;
    // As an image, the server's SVG cannot run scripts or reach this page.
    fill('qr', h('img', {src: 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(p.qrSvg),
      alt: 'QR code of the join address', id: 'qr-image'}));
  }
  $('qr-card').hidden = !p.qrSvg;
  // The status bar of the other screens reads the same fields from a game.
  renderStatus({status: p.status, turn: p.turn, turns: p.turns, period: p.period,
    serverTime: p.serverTime, deadlineAt: p.deadlineAt, remainingMs: p.remainingMs});
  const people = p.participants || [];
  $('people-count').textContent = '(' + people.length + ')' + (p.locked ? ' \u00b7 the lobby is closed' : '');
  fill('people', people.length ? people.map(x => h('li', {'data-country': x.country || ''}, x.name,
    x.countryName ? h('span', {class: 'hint'}, ' ' + x.countryName) : null))
    : h('li', {class: 'hint'}, 'No one yet.'));
  renderNews(p.news);
  renderOutcome(p.outcome);
}

document.addEventListener('DOMContentLoaded', () => {
  stripSecretsFromUrl();
  joinCode = codeFromPath();
  if (!joinCode) { showMessage('Open /projector/ followed by the join code.'); return; }
  refresh();
  // The projector's own event stream needs no credential: it only says "something changed".
  const es = new EventSource('/api/projector/' + encodeURIComponent(joinCode) + '/events');
  es.addEventListener('update', () => refresh());
  setInterval(refresh, 20000);
});
