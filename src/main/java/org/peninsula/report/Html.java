package org.peninsula.report;

/**
 * Escaping for text that goes into HTML. Every string that reaches a report passes through here:
 * scenario names, parameter names and captions come from users and files and could contain
 * markup such as {@code <script>}.
 */
public final class Html {

  private Html() {}

  /**
   * Escapes text for element content and for double- or single-quoted attribute values. Control
   * characters that HTML forbids become U+FFFD so a stray byte cannot break the document.
   */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          boolean control = (c < 0x20 && c != '\n' && c != '\r' && c != '\t')
              || (c >= 0x7F && c <= 0x9F);
          out.append(control ? '\uFFFD' : c);
        }
      }
    }
    return out.toString();
  }
}
