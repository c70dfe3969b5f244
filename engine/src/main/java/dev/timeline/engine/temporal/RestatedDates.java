package dev.timeline.engine.temporal;

import java.util.List;

/**
 * A relative date that the text restates at once with an explicit one: "Two decades later, in 2006,
 * she led the club to its first title", "A week later, on June 5, ...". The writer's explicit date
 * is the value; the offset only counted from a guessed anchor (an age, an unnamed event).
 */
final class RestatedDates {
  private RestatedDates() {}

  /** Replaces, in {@code out}, each restated relative expression with the explicit value. */
  static void apply(TokenSequence t, List<Draft> drafts, List<TemporalExpression> out) {
    for (int k = 0; k + 1 < drafts.size(); k++) {
      Draft rel = drafts.get(k);
      Draft explicit = drafts.get(k + 1);
      TemporalExpression r = out.get(k);
      TemporalExpression x = out.get(k + 1);
      if (offset(rel) && x.anchoring().kind() == AnchorKind.ABSOLUTE && x.granularity().isPresent()
          && apposition(t, rel.end, explicit.first) && !r.value().equals(x.value())) {
        Anchoring a = new Anchoring(AnchorKind.EARLIER_EXPRESSION, x.value(), k + 1, rel.rule, "",
            r.text() + ": restated by the explicit date '" + x.text() + "' that follows it");
        out.set(k, new TemporalExpression(r.span(), r.text(), x.type(), x.value(), r.modifier(),
            x.granularity(), x.interval(), a, "", ""));
      }
    }
  }

  /** "two years later", "a week earlier", "three days after": an offset from the story's time. */
  private static boolean offset(Draft d) {
    return d.rule.equals("later-earlier") && d.kind == Draft.Kind.DATE;
  }

  /** Just a comma, optionally with "in" or "on", between the two. */
  private static boolean apposition(TokenSequence t, int from, int to) {
    if (!t.is(from, ",")) {
      return false;
    }
    return to == from + 1 || to == from + 2 && (t.is(from + 1, "in") || t.is(from + 1, "on"));
  }
}
