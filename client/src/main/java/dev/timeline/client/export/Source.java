package dev.timeline.client.export;

import dev.timeline.proto.v1.TextSpan;

/**
 * Where a timeline item comes from: one entry of one article's timeline.
 *
 * @param lane the article's lane index
 * @param documentId the article's id
 * @param position the entry's position in that article's timeline
 * @param headline the entry's headline as that article phrased it
 * @param sentence the sentence span in that article's text
 * @param expression the temporal expression that dated the entry, or null
 * @param trigger the main event trigger span, or null
 * @param actor who did it, the subject at the head of the headline ("Lavrov"), or empty when
 *     the headline names none (a nominal event, an infinitive, a bare pronoun); see {@link Actors}
 */
public record Source(int lane, String documentId, int position, String headline,
    TextSpan sentence, TextSpan expression, TextSpan trigger, String actor) {
  public Source {
    actor = actor == null ? "" : actor;
  }
}
