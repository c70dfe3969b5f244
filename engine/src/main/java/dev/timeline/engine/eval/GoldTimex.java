package dev.timeline.engine.eval;

import dev.timeline.engine.Span;
import java.util.Objects;

/**
 * A gold TIMEX3 annotation inside a TimeML document's {@code <TEXT>}.
 *
 * @param span offsets in the document's raw text
 * @param mod the TIMEX3 {@code mod} attribute, or "" when absent
 * @param anchorTimeId the {@code anchorTimeID} attribute, or ""
 * @param functionInDocument e.g. {@code NONE} or {@code CREATION_TIME}
 */
public record GoldTimex(
    String tid,
    Span span,
    String text,
    String type,
    String value,
    String mod,
    String anchorTimeId,
    String functionInDocument) {
  public GoldTimex {
    Objects.requireNonNull(tid, "tid");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(mod, "mod");
    Objects.requireNonNull(anchorTimeId, "anchorTimeId");
    Objects.requireNonNull(functionInDocument, "functionInDocument");
  }

  /** The document creation time is given, not found: TempEval-3 leaves it out of the scores. */
  public boolean creationTime() {
    return "CREATION_TIME".equals(functionInDocument);
  }
}
