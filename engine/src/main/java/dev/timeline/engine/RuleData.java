package dev.timeline.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the engine's rule data: UTF-8 text resources beside the class that uses them, one entry
 * a line, blank lines and {@code #} comments skipped. A missing resource is a packaging error, so
 * it fails loudly at class-load time rather than silently yielding no rules.
 */
public final class RuleData {
  private RuleData() {}

  /** The stripped, non-blank, non-comment lines of {@code resource}, in order. */
  public static List<String> lines(Class<?> owner, String resource) {
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing rule data " + resource + " beside " + owner.getName());
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> out = new ArrayList<>();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String s = line.strip();
        if (!s.isEmpty() && !s.startsWith("#")) {
          out.add(s);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The entries of a word list. */
  public static Set<String> words(Class<?> owner, String resource) {
    return Set.copyOf(lines(owner, resource));
  }
}
