package dev.timeline.engine.event;

import dev.timeline.engine.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Finds verb groups in a tagged sentence and reads tense, aspect, negation and modality off them. */
final class VerbGroups {
  private static final Set<String> FUTURE_MODALS = Set.of("will", "shall");
  static final Set<String> NEGATORS = Set.of("not", "n't", "never");

  private VerbGroups() {}

  static List<VerbGroup> find(List<Token> tokens) {
    List<VerbGroup> groups = new ArrayList<>();
    int i = 0;
    int n = tokens.size();
    while (i < n) {
      Token t = tokens.get(i);
      boolean to = t.pos().equals("TO") && nextVerb(tokens, i + 1) >= 0
          && tokens.get(nextVerb(tokens, i + 1)).pos().equals("VB");
      if (!t.isVerb() && !to) {
        i++;
        continue;
      }
      int first = i;
      int head = -1;
      int j = i;
      while (j < n) {
        Token u = tokens.get(j);
        if (u.isVerb()) {
          head = j;
          j++;
          if (!isAuxiliary(u, tokens, j)) {
            break; // "to help build": the main verb ends the group, the next verb starts one
          }
        } else if ((u.pos().equals("TO") && j == first) || (isAdverb(u) && nextVerb(tokens, j) >= 0)) {
          j++;
        } else if (head >= 0 && tokens.get(head).lemma().equals("have")
            && comparison(tokens, j) && nextVerb(tokens, j + 2) >= 0) {
          j += 2; // "have more than doubled": the comparison qualifies the participle
        } else {
          break;
        }
      }
      if (head >= 0 && !isModal(tokens.get(head))) {
        groups.add(describe(tokens, first, head));
      }
      i = Math.max(j, i + 1);
    }
    return List.copyOf(groups);
  }

  private static final Set<String> AUXILIARIES = Set.of("be", "have", "do", "get");

  /** A modal, or be/have/do/get with a verb after it. */
  private static boolean isAuxiliary(Token t, List<Token> tokens, int next) {
    return isModal(t)
        || (AUXILIARIES.contains(t.lemma()) && nextVerb(tokens, next) >= 0)
        || (t.lemma().equals("have") && comparison(tokens, next)
            && nextVerb(tokens, next + 2) >= 0);
  }

  /** "cannot" is one token the tagger may call a present verb: it is "can" + "not". */
  static boolean isModal(Token t) {
    // The token's lower-cased form, not equalsIgnoreCase: this runs on every token.
    return t.pos().equals("MD") || t.lower().equals("cannot");
  }

  /** "more than" or "less than" at {@code k}. */
  private static boolean comparison(List<Token> tokens, int k) {
    return k + 1 < tokens.size() && tokens.get(k + 1).lower().equals("than")
        && (tokens.get(k).lower().equals("more") || tokens.get(k).lower().equals("less"));
  }

  private static boolean isAdverb(Token t) {
    return t.pos().startsWith("RB");
  }

  /** The next verb after adverbs from {@code from}, or -1. */
  private static int nextVerb(List<Token> tokens, int from) {
    for (int k = from; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (t.isVerb()) {
        return k;
      }
      if (!isAdverb(t)) {
        return -1;
      }
    }
    return -1;
  }

  private static VerbGroup describe(List<Token> tokens, int first, int head) {
    String modal = "";
    boolean infinitive = tokens.get(first).pos().equals("TO");
    boolean negated = false;
    Tense tense = Tense.NONE;
    boolean sawFinite = false;
    boolean perfect = false;
    boolean progressive = false;
    boolean passive = false;
    for (int k = first; k <= head; k++) {
      Token t = tokens.get(k);
      String pos = t.pos();
      String lemma = t.lemma();
      if (NEGATORS.contains(lemma) || NEGATORS.contains(t.lower())) {
        negated = true;
        continue;
      }
      if (isModal(t)) {
        boolean cannot = !pos.equals("MD");
        modal = cannot ? "can" : lemma;
        negated |= cannot;
        if (!sawFinite) {
          tense = FUTURE_MODALS.contains(modal) ? Tense.FUTURE : Tense.NONE;
          sawFinite = true;
        }
        continue;
      }
      if (!t.isVerb()) {
        continue;
      }
      if (!sawFinite && !infinitive) {
        if (pos.equals("VBD")) {
          tense = Tense.PAST;
          sawFinite = true;
        } else if (pos.equals("VBZ") || pos.equals("VBP")) {
          tense = Tense.PRESENT;
          sawFinite = true;
        }
      }
      if (k < head) {
        Token next = nextVerbToken(tokens, k + 1, head);
        // After "have" a past or base form can only be the participle: "has had/VBD", and the
        // irregular participles the tagger reads as base forms, "has risen/VB", "have come/VBP"
        // ("had better go" is the one idiom this misreads; "has to go" never gets here).
        if (lemma.equals("have") && next != null
            && (next.pos().equals("VBN") || next.pos().equals("VBD")
                || next.pos().equals("VB") || next.pos().equals("VBP"))) {
          perfect = true;
        } else if (lemma.equals("be") && next != null && next.pos().equals("VBG")) {
          progressive = true;
        } else if ((lemma.equals("be") || lemma.equals("get")) && next != null
            && next.pos().equals("VBN") && k + 1 <= head
            && nextVerbToken(tokens, k + 1, head) == tokens.get(head)) {
          passive = true;
        }
      }
    }
    // A negator right before the group belongs to it: "still not make", "never went".
    for (int k = first - 1; k >= 0 && k >= first - 2; k--) {
      Token t = tokens.get(k);
      if (NEGATORS.contains(t.lemma())) {
        negated = true;
        first = k;
        break;
      }
      if (!isAdverb(t)) {
        break;
      }
    }
    negated |= negativeSubject(tokens, first);
    Aspect aspect = perfect && progressive ? Aspect.PERFECTIVE_PROGRESSIVE
        : perfect ? Aspect.PERFECTIVE : progressive ? Aspect.PROGRESSIVE : Aspect.NONE;
    return new VerbGroup(first, head, tense, aspect, negated, modal, infinitive, passive);
  }

  /**
   * A negative pronoun as the group's subject denies the event as "not" does: "Nobody was hurt",
   * "No one has claimed the prize", "Nothing was taken".
   */
  private static boolean negativeSubject(List<Token> tokens, int first) {
    int k = first - 1;
    while (k >= 0 && isAdverb(tokens.get(k))) {
      k--;
    }
    if (k < 0) {
      return false;
    }
    String w = tokens.get(k).lower();
    return w.equals("nobody") || w.equals("nothing") || w.equals("no-one")
        || (w.equals("one") && k > 0 && tokens.get(k - 1).lower().equals("no"));
  }

  private static Token nextVerbToken(List<Token> tokens, int from, int head) {
    for (int k = from; k <= head; k++) {
      if (tokens.get(k).isVerb()) {
        return tokens.get(k);
      }
    }
    return null;
  }
}
