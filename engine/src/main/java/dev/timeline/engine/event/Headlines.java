package dev.timeline.engine.event;

import dev.timeline.engine.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Builds "who did what" from the clause of an event: the subject noun phrase, the verb group and
 * a bounded object, in the words of the text. Appositions ("Ilya Rogachev, an official in the
 * foreign ministry, said") are skipped, coordinated verbs borrow the subject of the first verb,
 * quotation marks are dropped.
 */
final class Headlines {
  private static final int MAX_OBJECT = 14;
  private static final Set<String> STOP_PUNCT = Set.of(",", ".", ":", "-LRB-", "-RRB-");
  private static final Set<String> DANGLING = Set.of("IN", "TO", "DT", "CC", "PRP$", "WDT", "WP",
      "POS", ",", ":", "WRB");
  /** Classes whose object is a whole clause ("said Russia does not expect ..."). */
  private static final Set<EventClass> CLAUSAL =
      Set.of(EventClass.REPORTING, EventClass.I_ACTION, EventClass.I_STATE, EventClass.PERCEPTION);

  private static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "of", "for", "from",
      "with", "by", "into", "over", "under", "near", "against", "about", "during", "across");

  private final List<Token> tokens;
  private final String text;
  private final List<Trigger> triggers;
  private final List<Clause> clauses;

  private final boolean[] finiteStart;

  Headlines(List<Token> tokens, String text, List<Trigger> triggers, List<Clause> clauses) {
    this.tokens = tokens;
    this.text = text;
    this.triggers = triggers;
    this.clauses = clauses;
    this.finiteStart = new boolean[tokens.size()];
    for (Trigger t : triggers) {
      if (t.group() != null && t.group().finite()) {
        finiteStart[t.group().first()] = true;
      }
    }
  }

  String of(Trigger t) {
    List<int[]> parts = new ArrayList<>();
    if (t.kind() == Trigger.Kind.NOUN) {
      int start = NounPhrases.startOfPhraseEndingAt(tokens, t.token(), 0);
      parts.add(new int[] {start < 0 ? t.token() : start, postModifiers(t.token())});
      return render(parts);
    }
    VerbGroup g = t.group();
    // An infinitive's subject is its governor's business: "vowed to liberate".
    int[] subject = g.infinitive() ? null : subject(g.first(), 0);
    if (subject != null) {
      parts.add(subject);
    }
    int end = object(t, Math.max(g.head(), t.token()));
    parts.add(new int[] {g.first(), end});
    return render(parts);
  }

  /** A noun's own prepositional phrase: "the fight against the jihadist group". */
  private int postModifiers(int noun) {
    int end = noun;
    int k = noun + 1;
    if (k < tokens.size() && (tokens.get(k).pos().equals("IN"))
        && Set.of("of", "against", "in", "on", "with", "between", "over").contains(
            tokens.get(k).text().toLowerCase())) {
      int j = k + 1;
      while (j < tokens.size() && j - noun <= 7 && NounPhrases.isPart(tokens, j)) {
        j++;
      }
      if (j > k + 1) {
        end = j - 1;
      }
    }
    return end;
  }

  /** The subject phrase [from, to] of a verb group starting at {@code first}, or null. */
  private int[] subject(int first, int depth) {
    int j = first - 1;
    while (j >= 0 && (tokens.get(j).pos().startsWith("RB") || isQuote(tokens.get(j)))) {
      j--;
    }
    if (j < 0 || depth > 3) {
      return null;
    }
    Token t = tokens.get(j);
    if (t.pos().equals("CC") || (t.pos().equals(",") && j > 0
        && tokens.get(j - 1).pos().equals("CC"))) {
      // "released a video and vowed": the subject of the first verb, skipping verbs of
      // relative and subordinate clauses ("forecast for 2024, which begins ..., and expects").
      Trigger fallback = null;
      for (int k = triggers.size() - 1; k >= 0; k--) {
        Trigger other = triggers.get(k);
        if (other.group() != null && other.group().head() < j) {
          if (fallback == null) {
            fallback = other;
          }
          if (clauses.get(other.clause()).marker().isEmpty()) {
            return subject(other.group().first(), depth + 1);
          }
        }
      }
      return fallback == null ? null : subject(fallback.group().first(), depth + 1);
    }
    if (t.pos().equals(",") || isDash(t)) {
      // "Ilya Rogachev, an official in the foreign ministry, said": skip the apposition.
      for (int k = j - 1; k > 0 && j - k <= 25; k--) {
        Token u = tokens.get(k);
        if (u.pos().equals(",") || isDash(u)) {
          int start = NounPhrases.startOfPhraseEndingAt(tokens, k - 1, 0);
          return start < 0 ? null : new int[] {start, k - 1};
        }
      }
      return null;
    }
    if (t.pos().startsWith("W") || t.text().equalsIgnoreCase("that")) {
      // A relative clause: "the man who said", "fiscal 2024, which begins".
      int end = j - 1;
      while (end >= 0 && tokens.get(end).pos().equals(",")) {
        end--;
      }
      int start = NounPhrases.startOfPhraseEndingAt(tokens, end, 0);
      return start < 0 ? null : new int[] {start, end};
    }
    int start = NounPhrases.startOfPhraseEndingAt(tokens, j, 0);
    return start < 0 ? null : new int[] {extendOverModifiers(start, j), j};
  }

  /**
   * "the government installed in Chechnya in 2003 is": the phrase found before the verb may
   * be the object of a preposition or a participle; the subject starts before them.
   */
  private int extendOverModifiers(int start, int end) {
    int s = start;
    while (s >= 2 && end - s < 16) {
      if (!isModifierStart(tokens.get(s - 1))) {
        break;
      }
      if (isModifierStart(tokens.get(s - 2))) {
        // "installed in": step onto the participle and look before it next time.
        s = s - 1;
        continue;
      }
      int earlier = NounPhrases.startOfPhraseEndingAt(tokens, s - 2, 0);
      if (earlier < 0) {
        break;
      }
      s = earlier;
    }
    return isModifierStart(tokens.get(s)) ? start : s;
  }

  private static boolean isModifierStart(Token t) {
    return t.pos().equals("VBN")
        || (t.pos().equals("IN") && PREPOSITIONS.contains(t.text().toLowerCase()));
  }

  /** Last token of the object: up to the clause end, a comma, a new verb, at most 14 words. */
  private int object(Trigger t, int head) {
    Clause clause = clauses.get(t.clause());
    boolean clausal = CLAUSAL.contains(t.eventClass()) && t.kind() == Trigger.Kind.VERB;
    int limit = clausal ? tokens.size() : clause.end();
    int end = head;
    int words = 0;
    for (int k = head + 1; k < limit && words < MAX_OBJECT; k++) {
      Token u = tokens.get(k);
      if (isQuote(u)) {
        continue;
      }
      if ((STOP_PUNCT.contains(u.pos()) && !gluedHyphen(u)) || isDash(u) || u.text().equals(";")) {
        break;
      }
      if (!clausal && startsFiniteGroup(k)) {
        break;
      }
      if (u.pos().equals("CC") && verbAfterAdverbs(k + 1)) {
        break;
      }
      if (!clausal && k > clause.end() - 1) {
        break;
      }
      end = k;
      words++;
    }
    while (end > head && (DANGLING.contains(tokens.get(end).pos()) || isQuote(tokens.get(end)))) {
      end--;
    }
    return end;
  }

  private boolean verbAfterAdverbs(int from) {
    int k = from;
    while (k < tokens.size() && tokens.get(k).pos().startsWith("RB")) {
      k++;
    }
    return k < tokens.size() && tokens.get(k).isVerb();
  }

  private boolean startsFiniteGroup(int k) {
    return finiteStart[k];
  }

  private boolean isDash(Token t) {
    String w = t.text();
    return w.equals("\u2013") || w.equals("\u2014") || w.equals("--")
        || (w.equals("-") && t.pos().equals(":") && !gluedHyphen(t));
  }

  /** A hyphen inside a word or name ("al-Assad"), not a dash between phrases. */
  private boolean gluedHyphen(Token t) {
    int b = t.span().begin();
    int e = t.span().end();
    return t.text().equals("-") && b > 0 && e < text.length()
        && !Quotes.isSpace(text.charAt(b - 1)) && !Quotes.isSpace(text.charAt(e));
  }

  private static boolean isQuote(Token t) {
    String w = t.text();
    return w.equals("\"") || w.equals("\u201C") || w.equals("\u201D") || w.equals("``")
        || w.equals("''");
  }

  /** The words of the parts with the text's own spacing, quotation marks dropped. */
  private String render(List<int[]> parts) {
    StringBuilder b = new StringBuilder();
    Token previous = null;
    for (int[] part : parts) {
      for (int k = part[0]; k <= part[1]; k++) {
        Token t = tokens.get(k);
        if (isQuote(t)) {
          continue;
        }
        if (previous != null) {
          if (previous.index() + 1 == t.index() || sameGap(previous, t)) {
            b.append(gap(previous, t));
          } else {
            b.append(' ');
          }
        }
        b.append(t.text());
        previous = t;
      }
    }
    String s = b.toString().replaceAll("\\s+", " ").strip();
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** Two tokens separated only by a dropped quotation mark keep the text's spacing. */
  private boolean sameGap(Token a, Token b) {
    int offset = tokens.get(0).index();
    for (int k = a.index() - offset + 1; k < b.index() - offset; k++) {
      if (!isQuote(tokens.get(k))) {
        return false;
      }
    }
    return true;
  }

  private String gap(Token a, Token b) {
    String between = text.substring(a.span().end(), b.span().begin());
    StringBuilder g = new StringBuilder();
    for (int i = 0; i < between.length(); i++) {
      char c = between.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        g.append(' ');
        break;
      }
    }
    return g.toString();
  }
}
