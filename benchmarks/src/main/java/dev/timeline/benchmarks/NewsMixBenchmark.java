package dev.timeline.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The set-up every stage benchmark shares: throughput over a news mix of 1 KB, 100 KB and 10 MB
 * (to show time linear in length), bytes counted by {@link ByteCounter}. JMH's annotations are
 * inherited, so subclasses only add their {@code @Setup} and {@code @Benchmark} methods.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public abstract class NewsMixBenchmark {
  @Param({"1KB", "100KB", "10MB"})
  public String size;

  /** UTF-8 length of the text, added to the counter per operation. */
  protected int bytes;

  /** The news mix of the configured size; sets {@link #bytes}. */
  protected final String newsMix() {
    String text = NewsMix.ofSize(TextSize.parse(size).bytes);
    bytes = NewsMix.utf8Length(text);
    return text;
  }
}
