package dev.timeline.engine.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.engine.Cancellation;
import dev.timeline.engine.ExtractionOptions;
import dev.timeline.engine.PublicationDate;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Speed and linearity of tagging + normalisation on one core (CPU time of the tagging thread). The
 * product target is 2 MB/s; the assertion floor is lower because JIT and GC vary between machines,
 * the measured figure is printed.
 */
class ThroughputTest {
  private static final RuleBasedTemporalTagger TAGGER = new RuleBasedTemporalTagger(false);
  private static final Optional<PublicationDate> PUB = Optional.of(PublicationDate.parse("2014-09-16"));

  static String news(int bytes) throws IOException {
    Path seed = Path.of(System.getProperty("timeline.testdata", "../testdata"), "russia-isis-2014.txt");
    String article = Files.readString(seed, StandardCharsets.UTF_8)
        + "\nShares fell 3% on Friday after the company said third-quarter profit dropped to $2.1 "
        + "billion from $2.5 billion a year earlier. Sales rose 12% in the first nine months of 2013. "
        + "The board will meet next Tuesday at 10:30 a.m. EST, and the deal should close early next "
        + "year, two weeks after the vote on Dec. 15. In the 1990s, the firm grew annually by 8%.\n";
    StringBuilder sb = new StringBuilder(bytes + article.length());
    while (sb.length() < bytes) {
      sb.append(article);
    }
    return sb.toString();
  }

  /** MB per second of this thread's CPU time, so that a loaded build machine does not skew it. */
  static double megabytesPerSecond(String text, int rounds) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long best = Long.MAX_VALUE;
    for (int r = 0; r < rounds; r++) {
      long t0 = threads.getCurrentThreadCpuTime();
      TAGGER.tag(text, PUB, ExtractionOptions.DEFAULT, Cancellation.NONE);
      best = Math.min(best, threads.getCurrentThreadCpuTime() - t0);
    }
    return text.length() / 1e6 / (Math.max(best, 1) / 1e9);
  }

  @Test
  void tagsMegabytesPerSecondAndLinearly() throws IOException {
    String small = news(1_000_000);
    String large = news(4_000_000);
    megabytesPerSecond(small, 3); // warm up
    double smallRate = megabytesPerSecond(small, 3);
    double largeRate = megabytesPerSecond(large, 2);
    System.out.printf("temporal tagger throughput: %.1f MB/s on 1 MB, %.1f MB/s on 4 MB%n", smallRate,
        largeRate);
    assertThat(largeRate).as("MB/s on 4 MB of news").isGreaterThan(0.5);
    assertThat(largeRate).as("linear: 4x the text takes at most ~4x the time").isGreaterThan(smallRate / 2.5);
  }
}
