package dev.timeline.benchmarks;

import dev.timeline.engine.DocumentInput;
import dev.timeline.engine.Engines;
import dev.timeline.engine.ExtractionResult;
import dev.timeline.engine.PublicationDate;
import dev.timeline.engine.TimelineEngine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole pipeline ({@code Engines.standard()}: tagging, sentence and token analysis, events,
 * timeline) on a news mix, in MB/s.
 *
 * <p>A longer warm-up than the other benchmarks: on a 2-core machine the JIT takes 40-50 s to
 * compile the several hundred rule methods, and shorter warm-ups measured that climb (10-second
 * iterations at 100 KB went 0.3, 0.7, 0.8, 1.3, 1.4 MB/s and then stayed there).
 */
@Warmup(iterations = 6, time = 10)
@Measurement(iterations = 5, time = 10)
public class PipelineBenchmark extends NewsMixBenchmark {
  private TimelineEngine engine;
  private DocumentInput input;

  @Setup
  public void setUp() {
    engine = Engines.standard();
    String text = newsMix();
    input = DocumentInput.news("bench-" + size, text, PublicationDate.parse("2014-09-16"));
  }

  @Benchmark
  public ExtractionResult extract(ByteCounter counter) {
    counter.bytes += bytes;
    return engine.extract(input);
  }
}
