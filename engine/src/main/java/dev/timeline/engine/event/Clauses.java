package dev.timeline.engine.event;

import dev.timeline.engine.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts a sentence into clauses with shallow cues: subordinators, complementizers, relative
 * pronouns, quotation marks, dashes, semicolons, a conjunction that starts a new subject, and the
 * unmarked complement of a reporting verb ("said Russia may join").
 */
final class Clauses {
  static final Set<String> TEMPORAL_MARKERS =
      Set.of("when", "while", "after", "before", "since", "until", "till", "once", "as",
          "whenever");
  static final Set<String> CONDITIONAL_MARKERS = Set.of("if", "unless", "whether", "lest");
  /** Subordinators that are also prepositions: only a clause when a finite verb follows. */
  private static final Set<String> PREPOSITIONAL = Set.of("after", "before", "since", "until",
      "till", "as", "once");
  private static final Set<String> OTHER_MARKERS =
      Set.of("because", "although", "though", "whereas", "so that", "whenever");
  private static final Set<String> RELATIVES = Set.of("who", "whom", "which", "whose");
  private static final Set<EventClass> COMPLEMENT_TAKERS =
      java.util.EnumSet.of(EventClass.REPORTING, EventClass.I_STATE);

  private Clauses() {}

  static List<Clause> split(List<Token> tokens, List<VerbGroup> groupList, EventLexicon lexicon) {
    int n = tokens.size();
    VerbGroup[] groups = new VerbGroup[n + 1];
    for (VerbGroup g : groupList) {
      groups[g.first()] = g;
    }
    String[] markerAt = new String[n + 1];
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      String w = t.lower();
      String pos = t.pos();
      // Tags are tested before words: most tokens fail on the tag.
      if (i > 0 && (pos.equals("IN") || pos.equals("WRB") || pos.equals("RB"))
          && (TEMPORAL_MARKERS.contains(w) || CONDITIONAL_MARKERS.contains(w)
              || OTHER_MARKERS.contains(w))) {
        if (!PREPOSITIONAL.contains(w) || finiteVerbAhead(tokens, groups, i + 1)) {
          markerAt[i] = w;
        }
      } else if (i == 0 && (TEMPORAL_MARKERS.contains(w) || CONDITIONAL_MARKERS.contains(w))
          && finiteVerbAhead(tokens, groups, 1)) {
        markerAt[i] = w;
      } else if (i > 0 && (pos.equals("IN") || pos.equals("WDT")) && w.equals("that")) {
        markerAt[i] = pos.equals("IN") ? "that" : "who";
      } else if (i > 0 && (pos.startsWith("WP") || pos.equals("WDT")) && RELATIVES.contains(w)) {
        markerAt[i] = "who";
      } else if (isOpeningQuote(tokens, i)) {
        markerAt[i] = "\"";
      } else if (i > 0 && isBreak(tokens, i - 1)) {
        markerAt[i] = "";
      } else if (i > 0 && pos.equals("CC") && !w.equals("or")
          && (newSubjectAhead(tokens, groups, i + 1)
              || (tokens.get(i - 1).pos().equals(",") && i + 1 < n
                  && (NounPhrases.canStart(tokens.get(i + 1)) || verbAfterAdverbs(tokens, i + 1))))) {
        markerAt[i] = "";
      }
    }
    // Unmarked complements: "said Russia may join" starts a clause at "Russia".
    for (VerbGroup g : groupList) {
      int next = g.head() + 1;
      if (next < n && markerAt[next] == null
          && COMPLEMENT_TAKERS.contains(lexicon.verbClass(tokens.get(g.head()).lemma()))
          && newSubjectAhead(tokens, groups, next)) {
        markerAt[next] = "that";
      }
    }
    closeSetOffRelatives(tokens, groups, markerAt);
    int mainStart = frontedSubordinateEnd(tokens, groups, markerAt);
    if (mainStart > 0) {
      markerAt[mainStart] = "";
    }
    List<Clause> clauses = new ArrayList<>();
    int begin = 0;
    String marker = "";
    for (int i = 1; i <= n; i++) {
      if (i == n || markerAt[i] != null) {
        if (i > begin) {
          clauses.add(new Clause(begin, i, marker, -1));
        }
        begin = i;
        marker = i < n ? markerAt[i] : "";
      }
    }
    if (n > 0 && markerAt[0] != null) {
      Clause c = clauses.get(0);
      clauses.set(0, new Clause(c.begin(), c.end(), markerAt[0], -1));
    }
    return withParents(clauses, mainStart);
  }

  /**
   * A relative clause ends at the comma after its verb when a finite verb follows: in "The
   * mayor, whose term ends in May, vetoed the plan" and "Anna Holt, a painter whose murals lit
   * up the docks, died on Monday" the vetoing and the dying are the main clause's again.
   */
  private static void closeSetOffRelatives(List<Token> tokens, VerbGroup[] groups,
      String[] markerAt) {
    int n = tokens.size();
    for (int i = 1; i < n; i++) {
      if (!"who".equals(markerAt[i])) {
        continue;
      }
      boolean verbSeen = false;
      for (int k = i + 1; k + 1 < n && markerAt[k] == null; k++) {
        if (groups[k] != null && groups[k].finite()) {
          verbSeen = true;
        } else if (tokens.get(k).pos().equals(",")) {
          if (verbSeen && groups[k + 1] != null && groups[k + 1].finite()
              && markerAt[k + 1] == null) {
            markerAt[k + 1] = "";
          }
          break;
        }
      }
    }
  }

  /**
   * A subordinate clause that opens the sentence ("When the plant closed in May, 300 workers
   * lost their jobs", "And while sales rose, profit fell") ends at the first comma after its
   * finite verb that a finite verb follows before any further comma: what comes after is the
   * main clause. Not after a word that is also a preposition ("After a weak quarter marked by
   * layoffs, ..."): its "clause" is often a phrase whose participle reads as a past verb.
   * Returns where the main clause starts, or -1.
   */
  private static int frontedSubordinateEnd(List<Token> tokens, VerbGroup[] groups,
      String[] markerAt) {
    int n = tokens.size();
    int open = markerAt[0] != null ? 0
        : n > 1 && tokens.get(0).pos().equals("CC") ? 1 : -1;
    if (open < 0 || markerAt[open] == null || !subordinator(markerAt[open])) {
      return -1;
    }
    boolean verbSeen = false;
    for (int k = open + 1; k < n; k++) {
      if (k > open + 1 && markerAt[k] != null) {
        return -1;
      }
      if (groups[k] != null && groups[k].finite()) {
        verbSeen = true;
      } else if (verbSeen && tokens.get(k).pos().equals(",")) {
        for (int j = k + 1; j < n; j++) {
          if (groups[j] != null && groups[j].finite()) {
            return markerAt[k + 1] == null ? k + 1 : -1;
          }
          if (markerAt[j] != null || tokens.get(j).pos().equals(",")) {
            break;
          }
        }
      }
    }
    return -1;
  }

  private static boolean subordinator(String marker) {
    return !PREPOSITIONAL.contains(marker) && (TEMPORAL_MARKERS.contains(marker)
        || CONDITIONAL_MARKERS.contains(marker) || OTHER_MARKERS.contains(marker));
  }

  /**
   * Dependent clauses hang on the clause before them, or after them when they open the sentence;
   * a fronted subordinate clause cut at its comma hangs on the main clause at {@code mainStart}.
   */
  private static List<Clause> withParents(List<Clause> clauses, int mainStart) {
    List<Clause> out = new ArrayList<>(clauses.size());
    for (int k = 0; k < clauses.size(); k++) {
      Clause c = clauses.get(k);
      int parent = -1;
      if (!c.marker().isEmpty()) {
        parent = k > 0 ? k - 1 : (clauses.size() > 1 ? 1 : -1);
        if (k + 1 < clauses.size() && clauses.get(k + 1).begin() == mainStart) {
          parent = k + 1;
        }
      }
      out.add(new Clause(c.begin(), c.end(), c.marker(), parent));
    }
    return out;
  }

  private static boolean isBreak(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    String w = t.text();
    return w.equals(";") || w.equals(":") || w.equals("\u2013") || w.equals("\u2014")
        || w.equals("--") || w.equals("(") || w.equals(")")
        || (w.equals("-") && t.pos().equals(":") && !NounPhrases.glued(tokens, i))
        || isClosingQuote(t);
  }

  private static boolean isClosingQuote(Token t) {
    return t.text().equals("\u201D") || t.text().equals("''")
        || (t.text().equals("\"") && t.pos().equals("''"));
  }

  private static boolean isOpeningQuote(List<Token> tokens, int i) {
    String w = tokens.get(i).text();
    return w.equals("\u201C") || (w.equals("\"") && tokens.get(i).pos().equals("``"));
  }

  private static boolean verbAfterAdverbs(List<Token> tokens, int from) {
    int k = from;
    while (k < tokens.size() && tokens.get(k).pos().startsWith("RB")) {
      k++;
    }
    return k < tokens.size() && tokens.get(k).isVerb();
  }

  /** A finite verb group starts within the next few words, before any punctuation. */
  private static boolean finiteVerbAhead(List<Token> tokens, VerbGroup[] groups, int from) {
    for (int k = from; k < tokens.size() && k <= from + 8; k++) {
      if (groups[k] != null && groups[k].finite()) {
        return true;
      }
      if (tokens.get(k).pos().equals(",") || tokens.get(k).pos().equals(".")) {
        return false;
      }
    }
    return false;
  }

  /** A noun phrase followed by a finite verb group starts at {@code from}: a new subject. */
  static boolean newSubjectAhead(List<Token> tokens, VerbGroup[] groups, int from) {
    if (from >= tokens.size() || !NounPhrases.canStart(tokens.get(from))) {
      return false;
    }
    int k = from;
    while (k < tokens.size() && NounPhrases.isPart(tokens, k)) {
      k++;
    }
    if (k == from) {
      return false;
    }
    while (k < tokens.size() && Quotes.isQuoteMark(tokens.get(k))) {
      k++;
    }
    return k < groups.length && groups[k] != null && groups[k].finite();
  }
}
