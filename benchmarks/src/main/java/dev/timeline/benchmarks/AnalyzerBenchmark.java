package dev.timeline.benchmarks;

import dev.timeline.engine.text.AnalyzedText;
import dev.timeline.engine.text.OpenNlpTextAnalyzer;
import dev.timeline.engine.text.TextAnalyzer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Text analysis alone (the standard {@link OpenNlpTextAnalyzer}: sentences, tokens, part of
 * speech, lemmas) of a news mix, in MB/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class AnalyzerBenchmark {
  @Param({"1KB", "100KB", "10MB"})
  public String size;

  private TextAnalyzer analyzer;
  private String text;
  private int bytes;

  @Setup
  public void setUp() {
    analyzer = new OpenNlpTextAnalyzer();
    text = NewsMix.ofSize(TextSize.parse(size).bytes);
    bytes = NewsMix.utf8Length(text);
  }

  @Benchmark
  public AnalyzedText analyze(ByteCounter counter) {
    counter.bytes += bytes;
    return analyzer.analyze(text);
  }
}
