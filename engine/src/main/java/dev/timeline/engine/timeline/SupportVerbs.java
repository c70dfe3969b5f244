package dev.timeline.engine.timeline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/** Verbs that only carry an event noun ("held an election"), from {@code support-verbs.txt}. */
final class SupportVerbs {
  private static final Set<String> LEMMAS = read();

  private SupportVerbs() {}

  static boolean contains(String lemma) {
    return LEMMAS.contains(lemma);
  }

  private static Set<String> read() {
    InputStream in = SupportVerbs.class.getResourceAsStream("support-verbs.txt");
    if (in == null) {
      throw new IllegalStateException("missing support-verbs.txt");
    }
    Set<String> out = new HashSet<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          out.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(out);
  }
}
