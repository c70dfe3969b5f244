package dev.timeline.engine.event;

import java.util.List;

/**
 * A verb of beginning or of intent whose infinitive or gerund complement carries its own date
 * takes that date before any other of its clause: in "raised rates in 2023 and began cutting them
 * in 2025" the beginning is in 2025, and in "plans to land in 2029 and hopes to build a station in
 * the 2030s" the hope is about the 2030s; the nearer date belongs to the other conjunct.
 */
final class ComplementAnchors {
  private ComplementAnchors() {}

  /**
   * Run after the events' own expressions are placed and before the nearest-expression rule. The
   * complement's date follows it: its own, or that of an event noun it governs ("began cutting
   * shifts in the spring"); it replaces a date behind the verb that is not the verb's own.
   */
  static void share(List<Trigger> triggers, Anchor[] anchors) {
    for (int i = 0; i + 1 < triggers.size(); i++) {
      Trigger t = triggers.get(i);
      Trigger next = triggers.get(i + 1);
      // A date behind the verb, not its own, belongs to the conjunct before it.
      boolean open = anchors[i] == null || (anchors[i].confidence() < TimeAnchoring.OWN
          && anchors[i].timex().last() < t.token());
      if (!open || t.group() == null || next.group() == null
          || next.clause() != t.clause()
          || (t.eventClass() != EventClass.ASPECTUAL && t.eventClass() != EventClass.I_STATE)
          || next.group().first() <= t.group().head()
          || next.group().first() > t.group().head() + 2
          || next.group().tense() != Tense.NONE) {
        continue;
      }
      for (int k = i + 1; k < triggers.size(); k++) {
        Trigger c = triggers.get(k);
        if (c.clause() != t.clause() || (k > i + 1 && c.kind() != Trigger.Kind.NOUN)) {
          break;
        }
        Anchor a = anchors[k];
        if (a != null) {
          if (a.confidence() >= TimeAnchoring.FRONTED && a.timex().first() > next.token()) {
            anchors[i] = new Anchor(a.timex(), a.relation(), TimeAnchoring.SAME_CLAUSE);
          }
          break;
        }
      }
    }
  }
}
