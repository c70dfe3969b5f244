package dev.timeline.engine.eval;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The TBAQ corpus under the read-only research data; tests that need it skip without it. */
final class Tbaq {
  private Tbaq() {}

  /** TimeBank then AQUAINT, or the calling test is skipped with a message. */
  static List<Path> corporaOrSkip() {
    String shared = System.getProperty("timeline.shared");
    Path tbaq = shared == null ? null : Path.of(shared, "corpora", "tbaq");
    boolean present =
        tbaq != null
            && Files.isDirectory(tbaq.resolve("TimeBank"))
            && Files.isDirectory(tbaq.resolve("AQUAINT"));
    assumeTrue(
        present,
        "skipped: the TBAQ corpus is not at "
            + tbaq
            + " (the read-only research data ../shared beside the checkout is absent)");
    return List.of(tbaq.resolve("TimeBank"), tbaq.resolve("AQUAINT"));
  }
}
