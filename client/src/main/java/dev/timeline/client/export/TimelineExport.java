package dev.timeline.client.export;

import dev.timeline.proto.v1.ExtractTimelineResponse;

/** A file format a timeline can be written in; a pure, deterministic function. */
public interface TimelineExport {
  /** The timeline in this format. */
  String export(MergedTimeline timeline);

  /** One article's timeline in this format (titles come from the document id). */
  default String export(ExtractTimelineResponse response) {
    return export(MergedTimeline.of(response));
  }

  /** One article's timeline in this format, titled from its text. */
  default String export(ExtractTimelineResponse response, String text) {
    return export(MergedTimeline.of(response, text));
  }

  /** The usual file name extension, without the dot. */
  String fileExtension();
}
