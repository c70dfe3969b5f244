package dev.timeline.benchmarks;

import dev.timeline.engine.Cancellation;
import dev.timeline.engine.ExtractionOptions;
import dev.timeline.engine.PublicationDate;
import dev.timeline.engine.temporal.RuleBasedTemporalTagger;
import dev.timeline.engine.temporal.TemporalExpression;
import dev.timeline.engine.temporal.TemporalTagger;
import java.util.List;
import java.util.Optional;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/** Temporal tagging and normalisation (the standard tagger) of a news mix, in MB/s. */
public class TaggerBenchmark extends NewsMixBenchmark {
  private TemporalTagger tagger;
  private String text;
  private final Optional<PublicationDate> published = Optional.of(PublicationDate.parse("2014-09-16"));

  @Setup
  public void setUp() {
    tagger = new RuleBasedTemporalTagger();
    text = newsMix();
  }

  @Benchmark
  public List<TemporalExpression> tag(ByteCounter counter) {
    counter.bytes += bytes;
    return tagger.tag(text, published, ExtractionOptions.DEFAULT, Cancellation.NONE);
  }
}
