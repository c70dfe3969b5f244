package dev.timeline.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Random;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Benchmark input: news-like text of a given size, mixing the paragraphs of our own articles
 * (every {@code .txt} under {@code testdata/}, bundled into the benchmark jar) with synthetic
 * sentences full of temporal expressions. Deterministic: the same size gives the same text.
 */
public final class NewsMix {
  private static final String ARTICLES = "testdata/";

  private NewsMix() {}

  /** About {@code utf8Bytes} bytes of text (cut at a sentence end at or below the size). */
  public static String ofSize(int utf8Bytes) {
    List<String> articleParagraphs = paragraphs(articles());
    SyntheticSentences synthetic = new SyntheticSentences(new Random(20140916L));
    StringBuilder text = new StringBuilder(utf8Bytes + 1024);
    int bytes = 0;
    int next = 0;
    while (bytes < utf8Bytes) {
      // Two synthetic paragraphs per article paragraph: real prose, denser in dates.
      String paragraph =
          next % 3 == 0 && !articleParagraphs.isEmpty()
              ? articleParagraphs.get((next / 3) % articleParagraphs.size())
              : synthetic.paragraph();
      next++;
      text.append(paragraph).append("\n\n");
      bytes += utf8Length(paragraph) + 2;
    }
    return cut(text.toString(), utf8Bytes);
  }

  static int utf8Length(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  /** The longest prefix of at most {@code utf8Bytes} bytes that ends after a full stop. */
  private static String cut(String text, int utf8Bytes) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (bytes.length <= utf8Bytes) {
      return text;
    }
    String prefix = new String(bytes, 0, utf8Bytes, StandardCharsets.UTF_8);
    int stop = prefix.lastIndexOf(". ");
    return stop > 0 ? prefix.substring(0, stop + 1) : prefix;
  }

  private static List<String> paragraphs(List<String> articles) {
    List<String> out = new ArrayList<>();
    for (String article : articles) {
      for (String p : article.split("\\n\\s*\\n")) {
        if (!p.isBlank()) {
          out.add(p.strip());
        }
      }
    }
    return out;
  }

  /** Every {@code .txt} under {@code testdata/} on the class path, from the jar or target/classes. */
  static List<String> articles() {
    try {
      Path location =
          Path.of(NewsMix.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      List<String> names = new ArrayList<>();
      if (Files.isDirectory(location)) {
        Path dir = location.resolve(ARTICLES);
        if (Files.isDirectory(dir)) {
          try (Stream<Path> files = Files.walk(dir)) {
            files
                .filter(Files::isRegularFile)
                .map(p -> ARTICLES + dir.relativize(p).toString().replace('\\', '/'))
                .filter(n -> n.endsWith(".txt"))
                .forEach(names::add);
          }
        }
      } else {
        try (JarFile jar = new JarFile(location.toFile())) {
          for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
            String name = e.nextElement().getName();
            if (name.startsWith(ARTICLES) && name.endsWith(".txt")) {
              names.add(name);
            }
          }
        }
      }
      names.sort(null);
      List<String> texts = new ArrayList<>();
      for (String name : names) {
        try (InputStream in = NewsMix.class.getClassLoader().getResourceAsStream(name)) {
          texts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
      return texts;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
