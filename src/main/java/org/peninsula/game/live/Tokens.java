package org.peninsula.game.live;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Secrets and names: 128-bit random tokens (only their SHA-256 hashes are stored), participant
 * ids, join codes and rejoin codes without look-alike letters. A join code has 8 characters of
 * 31 (39.6 bits): against the server's per-address limit on lookups a guesser needs years to
 * hit one of a few dozen live games. Codes of games made before (6 characters) keep working.
 */
public final class Tokens {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String CODE_LETTERS = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
  public static final int CODE_LENGTH = 8;
  /** Length of a student's rejoin code (same alphabet). */
  public static final int REJOIN_LENGTH = 8;

  private Tokens() {}

  /** A fresh secret: 16 random bytes, URL-safe base64 (22 characters). */
  public static String newToken() {
    byte[] b = new byte[16];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  });

  /** The stored form of a token. */
  public static String hash(String token) {
    MessageDigest md = SHA256.get();
    md.reset();
    return HexFormat.of().formatHex(md.digest(token.getBytes(StandardCharsets.UTF_8)));
  }

  /** Constant-time comparison of two secrets. */
  public static boolean same(String a, String b) {
    return a != null && b != null && MessageDigest.isEqual(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  /** A join code such as "K7QHXM2P". */
  public static String newCode() {
    return letters(CODE_LENGTH);
  }

  /** A student's rejoin code, such as "R4TW9KXE". */
  public static String newRejoinCode() {
    return letters(REJOIN_LENGTH);
  }

  private static String letters(int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(CODE_LETTERS.charAt(RANDOM.nextInt(CODE_LETTERS.length())));
    }
    return sb.toString();
  }

  /**
   * The stored form of a rejoin code: bound to its game, so one code cannot be tried against
   * every game's table at once; spaces, dashes and case do not matter.
   */
  public static String rejoinHash(String gameId, String code) {
    String c = code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    return hash("rejoin:" + gameId + ":" + c);
  }

  /** A fresh positive seed for a game whose teacher gave none. */
  public static long newSeed() {
    return RANDOM.nextLong() & Long.MAX_VALUE;
  }

  /** An opaque id for a participant. */
  public static String newId() {
    byte[] b = new byte[9];
    RANDOM.nextBytes(b);
    return "p" + Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}
