package org.peninsula.game.live;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Secrets and names: 128-bit random tokens (only their SHA-256 hashes are stored), participant
 * ids and short join codes without look-alike letters.
 */
public final class Tokens {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String CODE_LETTERS = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
  public static final int CODE_LENGTH = 6;

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

  /** A join code such as "K7QHXM". */
  public static String newCode() {
    StringBuilder sb = new StringBuilder(CODE_LENGTH);
    for (int i = 0; i < CODE_LENGTH; i++) {
      sb.append(CODE_LETTERS.charAt(RANDOM.nextInt(CODE_LETTERS.length())));
    }
    return sb.toString();
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
