package dev.timeline.benchmarks;

import dev.timeline.engine.DocumentInput;
import dev.timeline.engine.Engines;
import dev.timeline.engine.ExtractionResult;
import dev.timeline.engine.PublicationDate;
import dev.timeline.engine.TimelineEngine;
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
 * The whole pipeline ({@code Engines.standard()}: tagging, sentence and token analysis, events,
 * timeline) on a news mix, in MB/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class PipelineBenchmark {
  @Param({"1KB", "100KB", "10MB"})
  public String size;

  private TimelineEngine engine;
  private DocumentInput input;
  private int bytes;

  @Setup
  public void setUp() {
    engine = Engines.standard();
    String text = NewsMix.ofSize(TextSize.parse(size).bytes);
    bytes = NewsMix.utf8Length(text);
    input = DocumentInput.news("bench-" + size, text, PublicationDate.parse("2014-09-16"));
  }

  @Benchmark
  public ExtractionResult extract(ByteCounter counter) {
    counter.bytes += bytes;
    return engine.extract(input);
  }
}
