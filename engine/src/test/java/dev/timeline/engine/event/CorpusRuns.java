package dev.timeline.engine.event;

import dev.timeline.engine.DocumentInput;
import dev.timeline.engine.ExtractionOptions;
import dev.timeline.engine.ExtractionResult;
import dev.timeline.engine.TimelineEngine;
import dev.timeline.engine.eval.CreationTime;
import dev.timeline.engine.eval.TimeMlDocument;
import dev.timeline.engine.eval.TimeMlReader;
import dev.timeline.engine.temporal.RuleBasedTemporalTagger;
import dev.timeline.engine.text.OpenNlpTextAnalyzer;
import dev.timeline.engine.timeline.ChronologicalTimelineBuilder;
import java.nio.file.Path;
import java.util.function.BiConsumer;

/** The tuning listings' common run: the standard engine over every TimeML file of a directory. */
final class CorpusRuns {
  private CorpusRuns() {}

  /** Extracts each document with its creation date as the publication date, in news mode. */
  static void each(Path dir, BiConsumer<TimeMlDocument, ExtractionResult> action) {
    TimelineEngine engine = new TimelineEngine(new OpenNlpTextAnalyzer(),
        new RuleBasedTemporalTagger(true), new RuleBasedEventExtractor(),
        new ChronologicalTimelineBuilder());
    TimeMlReader reader = new TimeMlReader();
    for (Path file : TimeMlReader.listCorpus(dir)) {
      TimeMlDocument doc = reader.read(file);
      action.accept(doc, engine.extract(new DocumentInput(doc.id(), doc.text(),
          doc.creationTime().flatMap(CreationTime::publicationDate), ExtractionOptions.DEFAULT)));
    }
  }
}
