package dev.timeline.benchmarks;

import java.util.List;
import java.util.Random;

/**
 * Made-up news sentences from templates: each slot filled at random from word lists, so that the
 * tagger meets dates, times, durations, sets and relative expressions in many forms, between
 * sentences with none.
 */
final class SyntheticSentences {
  private static final List<String> WHO =
      List.of(
          "The ministry", "Rebel commanders", "The central bank", "Officials in Kyiv",
          "The company", "Local police", "The prime minister", "Aid agencies", "Investors",
          "The union");
  private static final List<String> DID =
      List.of(
          "said", "announced", "denied", "confirmed", "warned", "reported", "agreed",
          "signed the deal", "withdrew", "met");
  private static final List<String> WHEN =
      List.of(
          "on Sunday", "on Tuesday morning", "last week", "next month", "three years ago",
          "in 2003", "in early September", "on Sept. 14, 2014", "on 14 September 2014",
          "at 10:30 a.m.", "yesterday", "this year", "the next day", "two days later",
          "in the 1990s", "on January 5", "late last year", "in the third quarter",
          "over the weekend", "tonight", "by the end of 2015", "earlier this month",
          "on 2014-09-16", "in the spring", "that afternoon", "a decade ago");
  private static final List<String> HOW_LONG =
      List.of(
          "for two hours", "for more than a decade", "for nearly six months", "for 48 hours",
          "for about three weeks", "every Monday", "twice a year", "each morning", "daily",
          "since 2011", "until next spring");
  private static final List<String> FILLER =
      List.of(
          "Talks over the pipeline have stalled, diplomats say.",
          "The figures were not independently verified.",
          "Shares rose 3.5 percent in Frankfurt trading.",
          "Several villages near the border remain without power.",
          "Critics called the plan a step in the wrong direction.",
          "No group has claimed responsibility for the attack.",
          "The decision is expected to face legal challenges.",
          "Analysts expect inflation to ease.");

  private final Random random;

  SyntheticSentences(Random random) {
    this.random = random;
  }

  String paragraph() {
    int sentences = 3 + random.nextInt(4);
    StringBuilder p = new StringBuilder();
    for (int i = 0; i < sentences; i++) {
      if (i > 0) {
        p.append(' ');
      }
      p.append(sentence());
    }
    return p.toString();
  }

  String sentence() {
    return switch (random.nextInt(4)) {
      case 0 -> pick(WHO) + " " + pick(DID) + " " + pick(WHEN) + ".";
      case 1 -> capitalize(pick(WHEN)) + ", " + lower(pick(WHO)) + " " + pick(DID) + " " + pick(HOW_LONG) + ".";
      case 2 -> pick(WHO) + " " + pick(DID) + " " + pick(HOW_LONG) + ", and " + lower(pick(WHO)) + " " + pick(DID) + " " + pick(WHEN) + ".";
      default -> pick(FILLER);
    };
  }

  private String pick(List<String> words) {
    return words.get(random.nextInt(words.size()));
  }

  private static String capitalize(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** "The ministry" inside a sentence; proper names stay as they are. */
  private static String lower(String s) {
    return s.startsWith("The ") ? "the " + s.substring(4) : s;
  }
}
