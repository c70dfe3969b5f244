package dev.timeline.client.export;

/**
 * One article's row in a (merged) timeline.
 *
 * @param index zero-based, in the order the articles were given
 * @param documentId the article's id, never blank (`article-1` when the caller set none)
 * @param title the article's headline line, or the document id when the text is unknown
 * @param publicationDate the publication date as the service echoed it, or empty
 * @param text the article's text, or empty when unknown
 */
public record Lane(int index, String documentId, String title, String publicationDate,
    String text) {

  /** The publication's calendar date (`2014-09-16` of `2014-09-16T10:30[Europe/Moscow]`). */
  public String publicationDay() {
    return publicationDate.length() >= 10 ? publicationDate.substring(0, 10) : "";
  }
}
