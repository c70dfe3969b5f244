package dev.timeline.engine;

import dev.timeline.engine.event.RuleBasedEventExtractor;
import dev.timeline.engine.temporal.RuleBasedTemporalTagger;
import dev.timeline.engine.text.OpenNlpTextAnalyzer;
import dev.timeline.engine.timeline.ChronologicalTimelineBuilder;

/** Builds the standard engine. Loading models takes a moment: build one and share it. */
public final class Engines {
  private Engines() {}

  public static TimelineEngine standard() {
    return new TimelineEngine(
        new OpenNlpTextAnalyzer(),
        new RuleBasedTemporalTagger(),
        new RuleBasedEventExtractor(),
        new ChronologicalTimelineBuilder());
  }
}
