package dev.timeline.engine.temporal;

import dev.timeline.engine.Span;
import java.util.Objects;
import java.util.Optional;

/**
 * A temporal expression (TimeML TIMEX3) found in a text and resolved.
 *
 * @param span where it is (modifiers inside, prepositions outside, as TimeML annotates)
 * @param text the covered text
 * @param value the TIMEX3 value: {@code 2014-09-14}, {@code 2014-09}, {@code P3Y}, {@code
 *     XXXX-WXX-7}, {@code PRESENT_REF}...
 * @param granularity precision of a calendar value; empty for durations, sets and references
 * @param interval the time covered, widened by the modifier; empty when unknown
 * @param frequency for SET, e.g. {@code 2X}; "" otherwise
 * @param quantity for SET, e.g. {@code EVERY}; "" otherwise
 */
public record TemporalExpression(
    Span span,
    String text,
    TimexType type,
    String value,
    TimexModifier modifier,
    Optional<Granularity> granularity,
    Optional<TimeInterval> interval,
    Anchoring anchoring,
    String frequency,
    String quantity) {
  public TemporalExpression {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(modifier, "modifier");
    Objects.requireNonNull(granularity, "granularity");
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(anchoring, "anchoring");
    Objects.requireNonNull(frequency, "frequency");
    Objects.requireNonNull(quantity, "quantity");
  }

  public boolean resolved() {
    return anchoring.kind() != AnchorKind.UNRESOLVED;
  }
}
