package dev.timeline.client.html;

/**
 * Makes JSON safe inside an HTML {@code <script>} element. The HTML parser ends a script at the
 * first {@code </script} whatever the JSON means, and {@code <!--} changes how it scans; JavaScript
 * engines before ES2019 end a string at U+2028/U+2029. These characters can only occur inside JSON
 * strings, where a {@code \\uXXXX} escape means the same, so escaping them changes nothing for
 * {@code JSON.parse} and leaves article text no way out of the element.
 */
final class ScriptJson {
  private ScriptJson() {}

  static String escape(String json) {
    StringBuilder b = new StringBuilder(json.length() + 64);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      switch (c) {
        case '<' -> b.append("\\u003c");
        case '>' -> b.append("\\u003e");
        case '&' -> b.append("\\u0026");
        case '\u2028' -> b.append("\\u2028");
        case '\u2029' -> b.append("\\u2029");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
