package dev.timeline.server;

import dev.timeline.engine.Span;
import dev.timeline.engine.TimelineEngine;
import dev.timeline.engine.temporal.TemporalTagger;
import dev.timeline.engine.text.AnalyzedText;
import dev.timeline.engine.text.Sentence;
import dev.timeline.engine.timeline.Timeline;
import java.util.List;

/**
 * Engines with a hand-written temporal stage, for tests about timing (deadlines, cancellation,
 * load) that the real stages are too quick to exercise. The other stages do the minimum.
 */
final class StageEngines {
  private StageEngines() {}

  static TimelineEngine withTagger(TemporalTagger tagger) {
    return new TimelineEngine(
        (text, cancellation) ->
            new AnalyzedText(text, List.of(new Sentence(0, new Span(0, text.length()), List.of()))),
        tagger,
        (text, expressions, published, options, cancellation) -> List.of(),
        (text, expressions, events, published, options) -> new Timeline(List.of(), published));
  }

  /** A tagger that works until the caller gives up (or 20 s pass), polling like the engine does. */
  static TemporalTagger untilCancelled(Runnable onCancelSeen) {
    return (text, published, options, cancellation) -> {
      long giveUp = System.nanoTime() + 20_000_000_000L;
      while (!cancellation.isCancelled() && System.nanoTime() < giveUp) {
        sleep(5);
      }
      if (cancellation.isCancelled()) {
        onCancelSeen.run();
      }
      cancellation.check();
      return List.of();
    };
  }

  /** A tagger that takes the given time, checking for cancellation as it goes. */
  static TemporalTagger taking(long millis) {
    return (text, published, options, cancellation) -> {
      long end = System.nanoTime() + millis * 1_000_000L;
      while (System.nanoTime() < end) {
        cancellation.check();
        sleep(5);
      }
      return List.of();
    };
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
