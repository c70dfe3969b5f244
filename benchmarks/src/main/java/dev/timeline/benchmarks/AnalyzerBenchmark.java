package dev.timeline.benchmarks;

import dev.timeline.engine.text.AnalyzedText;
import dev.timeline.engine.text.OpenNlpTextAnalyzer;
import dev.timeline.engine.text.TextAnalyzer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/**
 * Text analysis alone (the standard {@link OpenNlpTextAnalyzer}: sentences, tokens, part of
 * speech, lemmas) of a news mix, in MB/s.
 */
public class AnalyzerBenchmark extends NewsMixBenchmark {
  private TextAnalyzer analyzer;
  private String text;

  @Setup
  public void setUp() {
    analyzer = new OpenNlpTextAnalyzer();
    text = newsMix();
  }

  @Benchmark
  public AnalyzedText analyze(ByteCounter counter) {
    counter.bytes += bytes;
    return analyzer.analyze(text);
  }
}
