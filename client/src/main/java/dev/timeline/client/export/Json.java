package dev.timeline.client.export;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** JSON writing shared by the JSON exports: pretty, stable, HTML-safe escaping. */
final class Json {
  private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeNulls().create();

  private Json() {}

  static String write(JsonElement e) {
    return GSON.toJson(e) + "\n";
  }

  static JsonObject object(String key, String value) {
    JsonObject o = new JsonObject();
    o.addProperty(key, value);
    return o;
  }

  /** Escapes text for the HTML that TimelineJS and vis-timeline render from their strings. */
  static String html(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
