package dev.timeline.benchmarks;

import dev.timeline.engine.DocumentInput;
import dev.timeline.engine.Engines;
import dev.timeline.engine.ExtractionResult;
import dev.timeline.engine.PublicationDate;
import dev.timeline.engine.TimelineEngine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/**
 * The whole pipeline ({@code Engines.standard()}: tagging, sentence and token analysis, events,
 * timeline) on a news mix, in MB/s.
 */
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
