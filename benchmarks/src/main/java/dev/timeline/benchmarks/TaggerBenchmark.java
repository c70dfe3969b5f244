package dev.timeline.benchmarks;

import dev.timeline.engine.Cancellation;
import dev.timeline.engine.ExtractionOptions;
import dev.timeline.engine.PublicationDate;
import dev.timeline.engine.temporal.RuleBasedTemporalTagger;
import dev.timeline.engine.temporal.TemporalExpression;
import dev.timeline.engine.temporal.TemporalTagger;
import java.util.List;
import java.util.Optional;
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

/** Temporal tagging and normalisation (the standard tagger) of a news mix, in MB/s. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class TaggerBenchmark {
  @Param({"1KB", "100KB", "10MB"})
  public String size;

  private TemporalTagger tagger;
  private String text;
  private int bytes;
  private final Optional<PublicationDate> published = Optional.of(PublicationDate.parse("2014-09-16"));

  @Setup
  public void setUp() {
    tagger = new RuleBasedTemporalTagger();
    text = NewsMix.ofSize(TextSize.parse(size).bytes);
    bytes = NewsMix.utf8Length(text);
  }

  @Benchmark
  public List<TemporalExpression> tag(ByteCounter counter) {
    counter.bytes += bytes;
    return tagger.tag(text, published, ExtractionOptions.DEFAULT, Cancellation.NONE);
  }
}
