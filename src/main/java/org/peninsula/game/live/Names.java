package org.peninsula.game.live;

import java.text.Normalizer;
import java.util.Locale;
import org.peninsula.game.GameException;

/**
 * Players' names: how a name is cleaned for display, and the key two names are compared by, so
 * that "Ana", "ANA", "Ａｎａ" (full width) and "Аna" (Cyrillic А) count as one name. The key is
 * NFKC; capital look-alikes of the Cyrillic and Greek alphabets folded to the Latin capital
 * they imitate; case folded; combining marks stripped (é to e); small look-alikes folded; digits
 * that imitate letters read as them (0 as o, 1 as l); everything but letters and digits dropped
 * ("Ana B." and "ana b" are one name). The tables below hold the letters a class can type that
 * render like a Latin one in common fonts; they are not Unicode's full confusables list.
 */
public final class Names {
  /** Longest name, in code points. */
  public static final int MAX_NAME = 40;

  /** Capital look-alikes (Cyrillic, then Greek), folded before the case is. */
  private static final String UPPER_FROM = "АВЕЅІЈКМНОРСТУХ" + "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ";
  private static final String UPPER_TO = "ABESIJKMHOPCTYX" + "ABEZHIKMNOPTYX";
  /** Small look-alikes (Cyrillic, then Greek, then a dotless i), folded after. */
  private static final String LOWER_FROM = "аеорсухѕіјԁһӏԛԝ" + "αικνορτυχϲϳ" + "ı";
  private static final String LOWER_TO = "aeopcyxsijdhlqw" + "aikvoptuxcj" + "i";

  static {
    if (UPPER_FROM.length() != UPPER_TO.length() || LOWER_FROM.length() != LOWER_TO.length()) {
      throw new IllegalStateException("look-alike tables differ in length");
    }
  }

  private Names() {}

  /** The name as shown: trimmed, inner spaces collapsed; refused if empty, too long or odd. */
  public static String clean(String raw) {
    if (raw == null) {
      throw GameException.badRequest("a name is required");
    }
    String name = Normalizer.normalize(raw, Normalizer.Form.NFC).strip()
        .replaceAll("\\s+", " ");
    if (name.isEmpty()) {
      throw GameException.badRequest("a name is required");
    }
    if (name.codePoints().anyMatch(c -> Character.isISOControl(c)
        || Character.getType(c) == Character.FORMAT
        || Character.getType(c) == Character.PRIVATE_USE
        || Character.getType(c) == Character.UNASSIGNED)) {
      throw GameException.badRequest("a name cannot contain control characters or invisible ones");
    }
    if (name.codePointCount(0, name.length()) > MAX_NAME) {
      throw GameException.badRequest("a name has at most " + MAX_NAME + " characters");
    }
    if (key(name).isEmpty()) {
      throw GameException.badRequest("a name needs at least one letter or digit");
    }
    return name;
  }

  /** The key names are compared by (see the class comment). */
  public static String key(String name) {
    String s = fold(Normalizer.normalize(name, Normalizer.Form.NFKC), UPPER_FROM, UPPER_TO);
    // Case folding: upper then lower maps the special cases (ß to ss, final sigma) together.
    s = s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    // Accents off (é to e); NFC again so that scripts built of parts (Hangul) read whole.
    s = Normalizer.normalize(Normalizer.normalize(s, Normalizer.Form.NFKD)
        .replaceAll("\\p{M}+", ""), Normalizer.Form.NFC);
    s = fold(s, LOWER_FROM, LOWER_TO);
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        out.append(c == '0' ? 'o' : c == '1' ? 'l' : c);
      }
    }
    return out.toString();
  }

  private static String fold(String s, String from, String to) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int k = from.indexOf(c);
      out.append(k >= 0 ? to.charAt(k) : c);
    }
    return out.toString();
  }
}
