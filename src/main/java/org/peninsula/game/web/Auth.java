package org.peninsula.game.web;

import io.javalin.http.Context;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.peninsula.game.GameException;
import org.peninsula.game.live.Tokens;

/**
 * Who a request is. The teacher: an HttpOnly, SameSite=Strict cookie holding the teacher's key,
 * set by a one-time link ({@code /teacher/login?once=...}, single use, valid
 * {@link #ONCE_TTL_MS}); the key itself never travels in an address. A player: the token from
 * the join, in header {@value #PLAYER_HEADER}, or (for pages and event streams, which cannot set
 * headers) in the HttpOnly cookie {@code peninsula_player_<gameId>} set at join and rejoin.
 */
final class Auth {
  static final String TEACHER_COOKIE = "peninsula_teacher";
  static final String PLAYER_HEADER = "X-Player-Token";
  static final String PLAYER_COOKIE_PREFIX = "peninsula_player_";
  static final long ONCE_TTL_MS = 10 * 60 * 1000L;
  /** The teacher's cookie outlives a restart of the browser (the key outlives the server's). */
  static final int TEACHER_COOKIE_SECONDS = 30 * 24 * 3600;
  /** A player's cookie lasts a school day; the page renews it from its stored token. */
  static final int PLAYER_COOKIE_SECONDS = 12 * 3600;

  private final String key;
  private final boolean secure;
  private final LongSupplier clock;
  private final Map<String, Long> onceCodes = new ConcurrentHashMap<>();

  Auth(String key, boolean secure, LongSupplier clock) {
    this.key = key;
    this.secure = secure;
    this.clock = clock;
  }

  // ---- teacher ------------------------------------------------------------------------------

  boolean isTeacher(Context ctx) {
    return Tokens.same(ctx.cookie(TEACHER_COOKIE), key);
  }

  void requireTeacher(Context ctx) {
    if (!isTeacher(ctx)) {
      throw GameException.forbidden("this needs the teacher's login (open the one-time link"
          + " that serve printed)");
    }
  }

  /** A fresh one-time code for {@code /teacher/login?once=}. */
  String newOnceCode() {
    long now = clock.getAsLong();
    for (Iterator<Map.Entry<String, Long>> it = onceCodes.entrySet().iterator(); it.hasNext();) {
      if (it.next().getValue() <= now) {
        it.remove();
      }
    }
    String code = Tokens.newToken();
    onceCodes.put(code, now + ONCE_TTL_MS);
    return code;
  }

  /** Redeems a one-time code: true once, if it was issued and has not expired. */
  boolean redeem(String code) {
    if (code == null || code.length() > 64) {
      return false;
    }
    Long expires = onceCodes.remove(code);
    return expires != null && clock.getAsLong() < expires;
  }

  void setTeacherCookie(Context ctx) {
    setCookie(ctx, TEACHER_COOKIE, key, "/", TEACHER_COOKIE_SECONDS);
  }

  void clearTeacherCookie(Context ctx) {
    setCookie(ctx, TEACHER_COOKIE, "", "/", 0);
  }

  // ---- players ------------------------------------------------------------------------------

  /** The player's token of a request about game {@code gameId}: header, else cookie. */
  static String playerToken(Context ctx, String gameId) {
    String h = ctx.header(PLAYER_HEADER);
    if (h != null && !h.isBlank()) {
      return h.trim();
    }
    return gameId == null ? null : ctx.cookie(PLAYER_COOKIE_PREFIX + gameId);
  }

  void setPlayerCookie(Context ctx, String gameId, String token) {
    setCookie(ctx, PLAYER_COOKIE_PREFIX + gameId, token, "/api/games/" + gameId,
        PLAYER_COOKIE_SECONDS);
  }

  private void setCookie(Context ctx, String name, String value, String path, int maxAge) {
    ctx.res().addHeader("Set-Cookie", name + "=" + value + "; Path=" + path + "; Max-Age="
        + maxAge + "; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : ""));
  }
}
