package dev.timeline.engine.event;

/**
 * The expression an event is anchored to.
 *
 * @param timex the expression, placed in the sentence where it occurs
 * @param relation how the event relates to it
 * @param confidence 0..1, lower the further the rule reaches
 */
record Anchor(SentenceTimex timex, TemporalRelation relation, double confidence) {}
