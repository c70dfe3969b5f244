package dev.timeline.client.export;

import dev.timeline.proto.v1.ExtractTimelineResponse;
import java.util.Objects;

/**
 * One article's answer from the service together with what the answer lacks: the request's text
 * (the response carries spans, not the text) and, when the caller set none, a document id.
 *
 * @param documentId the document's id; falls back to the response's id
 * @param response the service's answer
 * @param text the request's text, or empty when unknown (titles then come from the id)
 */
public record Article(String documentId, ExtractTimelineResponse response, String text) {
  public Article {
    Objects.requireNonNull(response, "response");
    documentId = documentId == null || documentId.isBlank() ? response.getDocumentId() : documentId;
    text = text == null ? "" : text;
  }

  /** An article whose text is unknown. */
  public static Article of(ExtractTimelineResponse response) {
    return new Article(response.getDocumentId(), response, "");
  }

  /** An article with its text, under the response's document id. */
  public static Article of(ExtractTimelineResponse response, String text) {
    return new Article(response.getDocumentId(), response, text);
  }

  /** The first non-blank line of the text (a news article's headline), at most 140 characters. */
  String titleLine() {
    for (String line : text.split("\\R", 20)) {
      String t = line.strip();
      if (!t.isEmpty()) {
        return ShortText.of(t, 140);
      }
    }
    return "";
  }
}
