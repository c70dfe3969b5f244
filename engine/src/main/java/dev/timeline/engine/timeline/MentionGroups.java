package dev.timeline.engine.timeline;

import dev.timeline.engine.event.EventClass;
import dev.timeline.engine.event.EventMention;
import dev.timeline.engine.event.LinkingVerbs;
import dev.timeline.engine.temporal.TemporalExpression;
import dev.timeline.engine.text.AnalyzedText;
import dev.timeline.engine.text.Sentence;
import dev.timeline.engine.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Merges mentions of one event: an event noun carried by an aspectual or support verb of its
 * clause ("the civil war began" is one event), and the same event noun repeated with the same
 * date ("the airstrikes ... airstrikes").
 */
final class MentionGroups {
  private static final int MAX_GAP = 5;
  private static final Set<String> CLAUSE_BREAKS =
      Set.of(",", ";", ":", ".", "that", "when", "while", "after", "before", "because", "if",
          "who", "which");
  private static final int LONGEST_BREAK =
      CLAUSE_BREAKS.stream().mapToInt(String::length).max().orElse(0);

  private MentionGroups() {}

  /**
   * @param tokens the document's tokens ({@code text.tokens()}, which builds a new list: the
   *     builder passes the one it has)
   * @return groups of mention indexes, main mention first, in order of their main mention
   */
  static List<List<Integer>> of(AnalyzedText text, List<Token> tokens,
      List<EventMention> mentions, List<TemporalExpression> expressions) {
    int n = mentions.size();
    int[] owner = new int[n];
    for (int i = 0; i < n; i++) {
      owner[i] = i;
    }
    // Mentions of each sentence, to look for carriers without scanning the document.
    java.util.Map<Integer, List<Integer>> bySentence = new java.util.HashMap<>();
    int[] place = new int[n];
    for (int i = 0; i < n; i++) {
      List<Integer> same =
          bySentence.computeIfAbsent(mentions.get(i).sentenceIndex(), k -> new ArrayList<>());
      place[i] = same.size();
      same.add(i);
    }
    // Each mention's trigger token and noun test once: carriers look at up to ten neighbours.
    Token[] trigger = new Token[n];
    boolean[] noun = new boolean[n];
    for (int i = 0; i < n; i++) {
      trigger[i] = tokenAt(tokens, mentions.get(i).trigger().begin());
      noun[i] = isNoun(trigger[i], mentions.get(i));
    }
    for (int i = 0; i < n; i++) {
      int verb = noun[i] ? -1 : linkingVerbBefore(tokens, mentions, trigger, bySentence
          .get(mentions.get(i).sentenceIndex()), place[i], i);
      if (verb >= 0 && (!mentions.get(verb).anchored() || dateKey(mentions.get(i), expressions)
          .equals(dateKey(mentions.get(verb), expressions)))) {
        owner[i] = verb;
      }
    }
    // A wording held whole in another event's headline of the sentence, at the same date, adds
    // nothing to a reader: "nobody came to watch us" twice (for "came" and its complement
    // "watch"), or "Coaching at the club in 1981" beside "She began coaching at the club in 1981".
    // Of two that read the same, the first stays.
    for (List<Integer> same : bySentence.values()) {
      for (int b : same) {
        EventMention shorter = mentions.get(b);
        String words = shorter.headline().toLowerCase(java.util.Locale.ROOT);
        for (int a : same) {
          EventMention m = mentions.get(a);
          String longer = m.headline().toLowerCase(java.util.Locale.ROOT);
          boolean holds = longer.length() > words.length() ? longer.contains(words)
              : a < b && longer.equals(words);
          if (owner[b] == b && a != b && holds && m.factuality() == shorter.factuality()
              && dateKey(m, expressions).equals(dateKey(shorter, expressions))
              && root(owner, a) != b) {
            owner[b] = a;
            break;
          }
        }
      }
    }
    java.util.Map<String, Integer> firstNoun = new java.util.HashMap<>();
    for (int i = 0; i < n; i++) {
      if (!noun[i]) {
        continue;
      }
      EventMention m = mentions.get(i);
      int carrier = carrier(tokens, mentions, trigger, noun, bySentence.get(m.sentenceIndex()),
          place[i], i);
      // Never onto a mention already grouped under this one: root() would go round for ever.
      if (carrier >= 0 && root(owner, carrier) != i) {
        owner[i] = owner[carrier];
        continue;
      }
      String lemma = trigger[i] == null ? m.triggerText().toLowerCase() : trigger[i].lemma();
      String key = lemma + '\u0000' + dateKey(m, expressions);
      Integer earlier = firstNoun.putIfAbsent(key, i);
      if (earlier != null && root(owner, earlier) != i) {
        owner[i] = earlier;
      }
    }
    List<List<Integer>> groups = new ArrayList<>();
    int[] groupOf = new int[n];
    for (int i = 0; i < n; i++) {
      if (owner[i] == i) {
        groupOf[i] = groups.size();
        List<Integer> g = new ArrayList<>();
        g.add(i);
        groups.add(g);
      }
    }
    for (int i = 0; i < n; i++) {
      if (owner[i] != i) {
        groups.get(groupOf[root(owner, i)]).add(i);
      }
    }
    return groups;
  }

  private static int root(int[] owner, int i) {
    int r = i;
    while (owner[r] != r) {
      r = owner[r];
    }
    return r;
  }

  /**
   * The linking verb whose complement a tenseless word is ("will stay shut", "remained
   * closed"): one state, told by the verb's entry. The mention of that verb, or -1.
   */
  private static int linkingVerbBefore(List<Token> tokens, List<EventMention> mentions,
      Token[] trigger, List<Integer> sameSentence, int at, int complement) {
    Token word = trigger[complement];
    if (at == 0 || word == null || word.index() == 0) {
      return -1;
    }
    int j = sameSentence.get(at - 1);
    Token verb = trigger[j];
    return verb != null && verb.index() == word.index() - 1
        && LinkingVerbs.isLinking(verb.lemma()) ? j : -1;
  }

  /** The aspectual or support verb next to the noun in its clause, or -1. */
  private static int carrier(List<Token> tokens, List<EventMention> mentions, Token[] trigger,
      boolean[] noun, List<Integer> sameSentence, int at, int nounIndex) {
    Token nounToken = trigger[nounIndex];
    // Mentions are in text order: only neighbours within a few tokens can carry the noun.
    int from = Math.max(0, at - MAX_GAP);
    int to = Math.min(sameSentence.size(), at + MAX_GAP + 1);
    for (int j : sameSentence.subList(from, to)) {
      if (j == nounIndex || noun[j]) {
        continue;
      }
      Token verb = trigger[j];
      if (verb == null || nounToken == null) {
        continue;
      }
      boolean carries = mentions.get(j).eventClass() == EventClass.ASPECTUAL
          || SupportVerbs.contains(verb.lemma());
      if (carries && closeInClause(tokens, verb.index(), nounToken.index())
          || tellsOf(mentions.get(j), mentions.get(nounIndex))) {
        return j;
      }
    }
    return -1;
  }

  /**
   * A verb dated by the same expression whose headline already names the noun: "Adeyemi will
   * coach her last race" tells of "her last race" on the same day; two entries would say it twice.
   */
  static boolean tellsOf(EventMention verb, EventMention noun) {
    if (!verb.anchored() || !noun.anchored()
        || verb.anchorExpressionIndex() != noun.anchorExpressionIndex()
        || !verb.anchorRelation().equals(noun.anchorRelation())) {
      return false;
    }
    String headline = verb.headline().toLowerCase(java.util.Locale.ROOT);
    String word = noun.triggerText().toLowerCase(java.util.Locale.ROOT);
    int at = headline.indexOf(word);
    while (at >= 0) {
      int end = at + word.length();
      boolean whole = (at == 0 || !Character.isLetter(headline.charAt(at - 1)))
          && (end == headline.length() || !Character.isLetter(headline.charAt(end)));
      if (whole) {
        return true;
      }
      at = headline.indexOf(word, at + 1);
    }
    return false;
  }

  private static boolean closeInClause(List<Token> tokens, int a, int b) {
    int from = Math.min(a, b);
    int to = Math.max(a, b);
    if (to - from > MAX_GAP) {
      return false;
    }
    for (int k = from + 1; k < to; k++) {
      Token t = tokens.get(k);
      if (isClauseBreak(t.text()) || (t.isVerb() && !isAuxiliary(t))) {
        return false;
      }
    }
    return true;
  }

  /** Lower-casing never shortens a word, so longer words skip the allocation. */
  private static boolean isClauseBreak(String word) {
    return word.length() <= LONGEST_BREAK && CLAUSE_BREAKS.contains(word.toLowerCase());
  }

  private static boolean isAuxiliary(Token t) {
    String l = t.lemma();
    return t.pos().equals("MD") || l.equals("be") || l.equals("have") || l.equals("do");
  }

  /**
   * Repeated nouns merge only with the same date (or both undated), on the same side of it: "fell
   * in May after a poor harvest" puts the harvest before May, not in it.
   */
  private static String dateKey(EventMention m, List<TemporalExpression> expressions) {
    return m.anchored() ? expressions.get(m.anchorExpressionIndex()).value()
        + m.anchorRelation().map(r -> " " + r).orElse("") : "";
  }

  static boolean isNoun(List<Token> tokens, EventMention m) {
    return isNoun(tokenAt(tokens, m.trigger().begin()), m);
  }

  private static boolean isNoun(Token t, EventMention m) {
    return t != null && t.isNoun() && m.tense() == dev.timeline.engine.event.Tense.NONE
        && m.aspect() == dev.timeline.engine.event.Aspect.NONE && !t.isVerb();
  }

  /** The token starting at a text offset, by binary search over the document's tokens. */
  static Token tokenAt(List<Token> tokens, int offset) {
    int lo = 0;
    int hi = tokens.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int b = tokens.get(mid).span().begin();
      if (b == offset) {
        return tokens.get(mid);
      }
      if (b < offset) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return null;
  }

  static Sentence sentenceOf(AnalyzedText text, EventMention m) {
    return text.sentences().get(Math.min(m.sentenceIndex(), text.sentences().size() - 1));
  }
}
