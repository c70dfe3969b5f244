/**
 * TempEval-3-style evaluation of the engine on TimeML corpora (TBAQ): a reader for {@code .tml}
 * files ({@link dev.timeline.engine.eval.TimeMlReader}), scorers for temporal expressions, events
 * and time anchoring, the {@link dev.timeline.engine.eval.Evaluator} that runs the real engine
 * over a corpus, and the report, publisher and published figures the regression guard reads.
 *
 * <h2>Temporal expressions and events</h2>
 *
 * Strict (identical span) and relaxed (overlapping, one-to-one) P/R/F1 of TIMEX3 and EVENT spans;
 * value, type, class, tense and aspect as accuracy over relaxed matches × relaxed F1; the creation
 * time (DCT) is given, not found, and not scored.
 *
 * <h2>Time anchoring ({@link dev.timeline.engine.eval.AnchorScorer})</h2>
 *
 * Gold events and system events are paired by the same one-to-one span alignment as the event
 * score, gold TIMEX3s and system expressions likewise. Every TLINK between an event instance and
 * a time is read from the event's side: a time→event link is turned round with {@link
 * dev.timeline.engine.eval.TimeMlRelation#inverse()} (time INCLUDES event = event IS_INCLUDED
 * time). Of several links between the same event and the same time, the first counts.
 *
 * <p><b>Event to expression.</b> A gold link to a non-DCT TIMEX3 is an <em>anchoring link</em>
 * when its relation places the event at that time; the relations compare in classes, because
 * TimeML draws distinctions the engine's {@link dev.timeline.engine.event.TemporalRelation} does
 * not:
 *
 * <table>
 *   <caption>Relation classes ({@link dev.timeline.engine.eval.AnchorRelation})</caption>
 *   <tr><th>class</th><th>TimeML relType (event side)</th><th>engine relation</th></tr>
 *   <tr><td>AT</td><td>IS_INCLUDED, DURING, SIMULTANEOUS, IDENTITY</td><td>ON, DURING</td></tr>
 *   <tr><td>SPANS</td><td>INCLUDES, DURING_INV</td><td>OVERLAP</td></tr>
 *   <tr><td>STARTS</td><td>BEGINS, BEGUN_BY</td><td>BEGINS</td></tr>
 *   <tr><td>FINISHES</td><td>ENDS, ENDED_BY</td><td>ENDS</td></tr>
 *   <tr><td>JUST_BEFORE</td><td>IBEFORE</td><td>(none)</td></tr>
 *   <tr><td>JUST_AFTER</td><td>IAFTER</td><td>(none)</td></tr>
 *   <tr><td>(not anchoring)</td><td>BEFORE, AFTER</td><td>BEFORE, AFTER</td></tr>
 * </table>
 *
 * <ul>
 *   <li><b>Recall</b> = gold anchoring links met / all gold anchoring links. A link is met when
 *       the system event paired with its gold event is anchored, in the link's class, to a system
 *       expression that is aligned with the link's TIMEX3 or has its value, by its primary anchor
 *       or by one of its {@link dev.timeline.engine.event.EventMention#additionalAnchors()
 *       additional anchors}. A link whose event the engine did not find is missed.
 *   <li><b>Precision</b> = right system anchors / judged system anchors; every anchor of an
 *       event, primary or additional, counts. A system anchor in a
 *       class (BEFORE and AFTER anchors are not scored) is judged when its event is paired with a
 *       gold event that has at least one gold link to a non-DCT TIMEX3 (of any relation); it is
 *       right when one of those links is in its class and names its expression (aligned or same
 *       value). Anchors of events the gold relates to no expression are counted as
 *       <em>unjudged</em> and left out: TBAQ links only some event–time pairs, and its silence is
 *       no verdict. Anchors of events with no gold counterpart are left out too (the event score
 *       already counts them).
 *   <li>F1 is their harmonic mean; the report breaks all three down by class.
 * </ul>
 *
 * <p><b>Event to creation time.</b> Each gold event's first link to the DCT is classed BEFORE
 * (BEFORE, IBEFORE), AFTER (AFTER, IAFTER) or OVERLAP (every other relation: the event shares
 * time with the publication day) by {@link
 * dev.timeline.engine.eval.TimeMlRelation#publication()}; the engine's {@code
 * publicationRelation} goes into the same classes ({@link
 * dev.timeline.engine.eval.TimeMlRelation#publicationClass}: BEFORE, AFTER, and ON, DURING,
 * OVERLAP, BEGINS, ENDS as OVERLAP). <b>Accuracy</b> = right / gold DCT links whose event the
 * engine found (an event with no relation counts as wrong); <b>coverage</b> = links that got a
 * relation / all gold DCT links.
 *
 * <p>Published keys: {@code <corpus>.anchor.timex.f1} and {@code <corpus>.anchor.dct.accuracy}.
 */
package dev.timeline.engine.eval;
