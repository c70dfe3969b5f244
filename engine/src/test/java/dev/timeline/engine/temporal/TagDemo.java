package dev.timeline.engine.temporal;

import dev.timeline.engine.Cancellation;
import dev.timeline.engine.ExtractionOptions;
import dev.timeline.engine.PublicationDate;
import java.util.Optional;

/** Prints what the tagger finds in args[1] with publication date args[0] (a tuning aid). */
public final class TagDemo {
  public static void main(String[] args) {
    RuleBasedTemporalTagger tagger = new RuleBasedTemporalTagger(args.length > 2);
    for (TemporalExpression e : tagger.tag(args[1], Optional.of(PublicationDate.parse(args[0])),
        ExtractionOptions.DEFAULT, Cancellation.NONE)) {
      System.out.println(e.text() + "\t" + e.type() + "\t" + e.value() + "\t" + e.modifier() + "\t"
          + e.granularity().map(Enum::name).orElse("-") + "\t" + e.interval().map(Object::toString).orElse("-")
          + "\t" + e.anchoring().rule() + "\t" + e.anchoring().explanation());
    }
  }
}
