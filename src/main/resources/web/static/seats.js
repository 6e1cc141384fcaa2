'use strict';
// A student's seats, kept in this browser's storage per game: closing the tab or reloading keeps
// the seat. The rejoin code is the way back from another device (or another browser).
const SEAT_PREFIX = 'peninsula.seat.';

function storedSeat(gameId) {
  try {
    const s = JSON.parse(localStorage.getItem(SEAT_PREFIX + gameId) || 'null');
    return s && s.token ? s : null;
  } catch (e) {
    return null;
  }
}

function storeSeat(gameId, seat) {
  try {
    localStorage.setItem(SEAT_PREFIX + gameId, JSON.stringify(seat));
  } catch (e) {
    // storage full or disabled: the rejoin code still brings the student back
  }
}

function forgetSeat(gameId) {
  try { localStorage.removeItem(SEAT_PREFIX + gameId); } catch (e) { /* nothing stored */ }
}

function storedSeats() {
  const out = [];
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i);
      if (k && k.startsWith(SEAT_PREFIX)) {
        const s = storedSeat(k.slice(SEAT_PREFIX.length));
        if (s) out.push(Object.assign({game: k.slice(SEAT_PREFIX.length)}, s));
      }
    }
  } catch (e) { /* no storage */ }
  return out;
}

/** Keeps what a join or rejoin answered and opens the player's page (no secret in its address). */
function enterSeat(j, code, rejoinCode) {
  const game = j.game;
  // A rejoin answers no rejoin code (it is unchanged): keep the one the student typed.
  storeSeat(game, {token: j.token, rejoinCode: j.rejoinCode || rejoinCode || null, name: j.name || '',
    code: code, seat: j.seat || null});
  location.href = '/play#game=' + encodeURIComponent(game);
}
