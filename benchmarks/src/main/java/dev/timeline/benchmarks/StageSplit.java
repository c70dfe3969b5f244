package dev.timeline.benchmarks;

import dev.timeline.engine.Cancellation;
import dev.timeline.engine.DocumentInput;
import dev.timeline.engine.ExtractionOptions;
import dev.timeline.engine.PublicationDate;
import dev.timeline.engine.eval.TimeMlReader;
import dev.timeline.engine.event.EventMention;
import dev.timeline.engine.event.RuleBasedEventExtractor;
import dev.timeline.engine.temporal.RuleBasedTemporalTagger;
import dev.timeline.engine.temporal.TemporalExpression;
import dev.timeline.engine.text.AnalyzedText;
import dev.timeline.engine.text.OpenNlpTextAnalyzer;
import dev.timeline.engine.timeline.ChronologicalTimelineBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Where the pipeline's time goes: runs the stages of {@code Engines.standard()} one after the
 * other on the news mix and reports each stage's CPU time, MB/s of CPU time and share. CPU time
 * of this thread, not wall time, so that a machine shared with other jobs distorts the split less
 * than it distorts JMH's throughput (it still slows caches and turbo). Next to the mean over the
 * rounds it reports each stage's fastest round, the figure other jobs disturb least: compare
 * those when the load changes during a run. Not a JMH benchmark: a
 * profile to read next to one.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.timeline.benchmarks.StageSplit 100KB 20 10</pre>
 *
 * Arguments: input, warm-up seconds, measured seconds, and {@code fresh} to build a new text
 * analyzer every round. The input is a news-mix size (1KB, 100KB, 10MB) or a directory whose
 * {@code .txt} and TimeML {@code .tml} files are read at run time and joined. The analyzer
 * remembers the tokens, features and lemmas of words it has seen; a fresh one per round over a
 * large directory of unseen articles measures text it has never seen (the JIT still warms up).
 */
public final class StageSplit {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final String[] STAGES = {"temporal tagger", "text analysis", "events", "timeline"};

  private StageSplit() {}

  public static void main(String[] args) {
    String input = args.length > 0 ? args[0] : "100KB";
    long warmup = 1_000_000_000L * (args.length > 1 ? Long.parseLong(args[1]) : 20);
    long measure = 1_000_000_000L * (args.length > 2 ? Long.parseLong(args[2]) : 10);
    boolean fresh = args.length > 3 && args[3].equals("fresh");
    String text = Files.isDirectory(Path.of(input))
        ? readDirectory(Path.of(input))
        : NewsMix.ofSize(TextSize.parse(input).bytes);
    int bytes = NewsMix.utf8Length(text);
    DocumentInput doc = DocumentInput.news("split", text, PublicationDate.parse("2014-09-16"));
    Optional<PublicationDate> published = doc.published();
    ExtractionOptions options = doc.options();
    Cancellation none = Cancellation.NONE;
    var tagger = new RuleBasedTemporalTagger();
    OpenNlpTextAnalyzer[] analyzer = {new OpenNlpTextAnalyzer()};
    var events = new RuleBasedEventExtractor();
    var timelines = new ChronologicalTimelineBuilder();

    long[] cpu = new long[STAGES.length];
    long[] round = new long[STAGES.length];
    long[] best = new long[STAGES.length + 1];
    int rounds = 0;
    long end = System.nanoTime() + warmup;
    boolean measuring = false;
    while (true) {
      if (!measuring && System.nanoTime() > end) {
        measuring = true;
        end = System.nanoTime() + measure;
        java.util.Arrays.fill(cpu, 0);
        java.util.Arrays.fill(best, Long.MAX_VALUE);
        rounds = 0;
      } else if (measuring && System.nanoTime() > end) {
        break;
      }
      long[] before = cpu.clone();
      List<TemporalExpression> expressions =
          timed(cpu, 0, () -> tagger.tag(text, published, options, none));
      if (fresh) {
        analyzer[0] = new OpenNlpTextAnalyzer();
      }
      AnalyzedText analyzed = timed(cpu, 1, () -> analyzer[0].analyze(text, none));
      List<EventMention> mentions =
          timed(cpu, 2, () -> events.extract(analyzed, expressions, published, options, none));
      timed(cpu, 3, () -> timelines.build(analyzed, expressions, mentions, published, options));
      long whole = 0;
      for (int s = 0; s < STAGES.length; s++) {
        round[s] = cpu[s] - before[s];
        best[s] = Math.min(best[s], round[s]);
        whole += round[s];
      }
      best[STAGES.length] = Math.min(best[STAGES.length], whole);
      rounds++;
    }
    long total = java.util.Arrays.stream(cpu).sum();
    System.out.printf("input %s (%,d bytes)%s, %d rounds, CPU time per round %.1f ms%n",
        input, bytes, fresh ? ", fresh analyzer every round" : "", rounds, total / 1e6 / rounds);
    System.out.printf("%-16s %8s  %10s  %6s  %8s  %10s%n", "mean of rounds:", "", "", "",
        "fastest", "round:");
    for (int s = 0; s < STAGES.length; s++) {
      System.out.printf("%-16s %8.2f ms  %8.2f MB/s  %5.1f%%  %8.2f ms  %8.2f MB/s%n", STAGES[s],
          cpu[s] / 1e6 / rounds, (double) bytes * rounds / (cpu[s] / 1e9) / 1e6,
          100.0 * cpu[s] / total, best[s] / 1e6, bytes / (best[s] / 1e9) / 1e6);
    }
    System.out.printf("%-16s %8.2f ms  %8.2f MB/s  %6s  %8.2f ms  %8.2f MB/s%n", "whole pipeline",
        total / 1e6 / rounds, (double) bytes * rounds / (total / 1e9) / 1e6, "",
        best[STAGES.length] / 1e6, bytes / (best[STAGES.length] / 1e9) / 1e6);
  }

  /** The texts of the directory's .txt and .tml files, in name order, one paragraph apart. */
  private static String readDirectory(Path dir) {
    TimeMlReader timeMl = new TimeMlReader();
    StringBuilder text = new StringBuilder();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        String name = f.getFileName().toString();
        if (name.endsWith(".tml")) {
          text.append(timeMl.read(f).text()).append("\n\n");
        } else if (name.endsWith(".txt")) {
          text.append(Files.readString(f)).append("\n\n");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  private static <T> T timed(long[] cpu, int stage, Supplier<T> work) {
    long start = THREADS.getCurrentThreadCpuTime();
    T result = work.get();
    cpu[stage] += THREADS.getCurrentThreadCpuTime() - start;
    return result;
  }
}
