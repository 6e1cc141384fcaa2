'use strict';
document.addEventListener('DOMContentLoaded', () => {
  const code = params().get('code');
  if (code) $('code').value = code;
  $('join-form').addEventListener('submit', async ev => {
    ev.preventDefault();
    showMessage('');
    try {
      const j = await api('POST', '/api/join', null, {code: $('code').value.trim(), name: $('name').value});
      location.href = '/play#game=' + encodeURIComponent(j.game) + '&token=' + encodeURIComponent(j.token);
    } catch (e) {
      showMessage(e.message);
    }
  });
});
