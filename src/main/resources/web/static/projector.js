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
  renderStatus(projectorGame(p));
  const people = p.participants || [];
  $('people-count').textContent = '(' + people.length + ')';
  fill('people', people.length ? people.map(x => h('li', {'data-seat': x.seat || ''}, x.name,
    x.seat ? h('span', {class: 'hint'}, ' ' + x.seat) : null))
    : h('li', {class: 'hint'}, 'No one yet.'));
  const news = p.news || [];
  fill('news-body', news.length ? h('ul', {class: 'news'}, news.map(n => h('li', {},
    typeof n === 'string' ? n : (n.text || [n.country, n.action, n.description].filter(Boolean).join(' ')))))
    : h('p', {class: 'hint'}, 'Nothing yet: the first turn has not been played.'));
}

// The projector's JSON carries the clock as {serverTime, deadlineAt, remainingMs} (or the same
// fields at the top level): shaped here like the game the status bar already knows.
function projectorGame(p) {
  const c = p.clock || {};
  return {status: p.status, turn: p.turn, turns: p.turns, period: c.period || p.period || '',
    serverTime: c.serverTime || p.serverTime || Date.now(),
    deadlineAt: c.deadlineAt !== undefined ? c.deadlineAt : p.deadlineAt,
    remainingMs: c.remainingMs !== undefined ? c.remainingMs : p.remainingMs};
}

document.addEventListener('DOMContentLoaded', () => {
  stripSecretsFromUrl();
  joinCode = codeFromPath();
  if (!joinCode) { showMessage('Open /projector/ followed by the join code.'); return; }
  refresh();
  // No event stream here (it would need a credential); a short poll is cheap for one screen.
  setInterval(refresh, 3000);
});
