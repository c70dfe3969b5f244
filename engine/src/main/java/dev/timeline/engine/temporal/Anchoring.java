package dev.timeline.engine.temporal;

import java.util.Objects;

/**
 * How a value was obtained, in terms a caller can show.
 *
 * @param anchorValue the anchor's value (publication date or earlier expression), or ""
 * @param anchorExpressionIndex index of the anchoring expression, or -1
 * @param rule name of the rule that recognised the expression
 * @param direction "past", "future", "nearest" or "" when no direction was needed
 * @param explanation a readable sentence
 */
public record Anchoring(
    AnchorKind kind,
    String anchorValue,
    int anchorExpressionIndex,
    String rule,
    String direction,
    String explanation) {
  public Anchoring {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(anchorValue, "anchorValue");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(explanation, "explanation");
  }

  public static Anchoring absolute(String rule) {
    return new Anchoring(AnchorKind.ABSOLUTE, "", -1, rule, "", "absolute expression");
  }
}
