package dev.timeline.engine.event;

import dev.timeline.engine.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the engine knows about an event that bears on its relation to the publication date, as
 * binary features for {@link PublicationModel}: the verb group (tense, aspect, modal, negation,
 * voice), the word and its class, the clause it stands in (marker, quotation), the verb that
 * governs it, its anchor's side of the publication day, and the tense rule's own answer.
 */
final class PublicationFeatures {
  private final List<Token> tokens;
  private final List<Trigger> triggers;
  private final List<Clause> clauses;
  private final boolean[] quoted;

  PublicationFeatures(List<Token> tokens, List<Trigger> triggers, List<Clause> clauses,
      boolean[] quoted) {
    this.tokens = tokens;
    this.triggers = triggers;
    this.clauses = clauses;
    this.quoted = quoted;
  }

  /**
   * @param rule the tense rule's relation of each trigger (nouns with their governor's)
   * @param anchorSide where the trigger's anchor lies: "none", "before", "after", "day" (it holds
   *     the publication day), "around" it, "past" / "future" (a vague reference) or "undated"
   * @param dated the relation the anchor's date decides, if it does
   */
  List<String> of(int i, List<Optional<TemporalRelation>> rule, String anchorSide, Anchor anchor,
      Optional<TemporalRelation> dated) {
    Trigger t = triggers.get(i);
    VerbGroup g = t.group();
    Token head = tokens.get(t.token());
    List<String> f = new ArrayList<>();
    f.add("bias");
    f.add("rule=" + name(rule.get(i)));
    f.add("anchor=" + anchorSide);
    f.add("dated=" + name(dated));
    if (anchor != null) {
      f.add("anchor.rel=" + anchor.relation());
      f.add("anchor=" + anchorSide + "|tense=" + t.tense());
    }
    f.add("kind=" + t.kind());
    f.add("class=" + t.eventClass());
    f.add("pos=" + head.pos());
    if (g != null) {
      String tenseAspect = g.tense() + "|" + g.aspect();
      f.add("tense.aspect=" + tenseAspect);
      f.add("modal=" + g.modal());
      f.add("modal=" + g.modal() + "|neg=" + g.negated());
      f.add("class=" + t.eventClass() + "|" + tenseAspect);
      if (g.infinitive()) {
        f.add("infinitive");
      }
      if (g.passive()) {
        f.add("passive");
      }
      if (g.negated()) {
        f.add("negated");
      }
    }
    Clause clause = clauses.get(t.clause());
    f.add("marker=" + (clause.marker().isEmpty() ? "main" : clause.marker()));
    if (quoted[t.token()]) {
      f.add("quoted");
      f.add("quoted|" + t.tense());
    }
    int governor = governingVerb(triggers, clauses, i);
    if (governor >= 0) {
      Trigger gov = triggers.get(governor);
      f.add("gov.tense=" + gov.group().tense() + "|" + gov.group().aspect());
      f.add("gov.modal=" + gov.group().modal());
      f.add("gov.class=" + gov.eventClass());
      f.add("gov.rule=" + name(rule.get(governor)));
      f.add("kind=" + t.kind() + "|gov.rule=" + name(rule.get(governor)));
    } else {
      f.add("gov=none");
    }
    return f;
  }

  static String name(Optional<TemporalRelation> r) {
    return r.map(Enum::name).orElse("none");
  }

  /**
   * The finite verb nearest before the trigger in its clause (it has a noun as object), else
   * after it (as subject), else that of the clause it depends on; -1 when there is none.
   */
  static int governingVerb(List<Trigger> triggers, List<Clause> clauses, int i) {
    Trigger t = triggers.get(i);
    for (int clause = t.clause(), hops = 0; clause >= 0 && hops < 2;
        clause = clauses.get(clause).parent(), hops++) {
      int before = -1;
      int after = -1;
      for (int k = 0; k < triggers.size(); k++) {
        Trigger o = triggers.get(k);
        if (k == i || o.clause() != clause || o.group() == null || !o.group().finite()) {
          continue;
        }
        if (o.token() < t.token()) {
          before = k;
        } else if (after < 0) {
          after = k;
        }
      }
      if (before >= 0 || after >= 0) {
        return before >= 0 ? before : after;
      }
    }
    return -1;
  }
}
