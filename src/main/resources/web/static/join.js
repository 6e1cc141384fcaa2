'use strict';
document.addEventListener('DOMContentLoaded', () => {
  stripSecretsFromUrl();
  const code = params().get('code') || new URLSearchParams(location.search).get('code');
  if (code) { $('code').value = code; $('rejoin-game').value = code; }
  const mine = storedSeats();
  $('resume').hidden = !mine.length;
  fill('resume-list', mine.map(s => h('li', {}, h('a', {href: '/play#game=' + encodeURIComponent(s.game),
    class: 'resume-link', 'data-game': s.game}, 'Game ' + (s.code || s.game) + (s.name ? ' as ' + s.name : '')))));
  $('join-form').addEventListener('submit', async ev => {
    ev.preventDefault();
    showMessage('');
    const c = $('code').value.trim().toUpperCase();
    try {
      const j = await api('POST', '/api/join', null, {code: c, name: $('name').value});
      enterSeat(j, c, null);
    } catch (e) {
      showMessage(e.message);
    }
  });
  $('rejoin-form').addEventListener('submit', async ev => {
    ev.preventDefault();
    showMessage('');
    const c = $('rejoin-game').value.trim().toUpperCase();
    try {
      const r = $('rejoin-code').value.trim();
      const j = await api('POST', '/api/games/' + encodeURIComponent(c) + '/rejoin', null, {rejoinCode: r});
      enterSeat(j, c, r);
    } catch (e) {
      showMessage(e.message);
    }
  });
});
