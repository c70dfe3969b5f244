package dev.timeline.engine.eval;

import dev.timeline.engine.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A one-to-one alignment of gold spans with system spans, as TempEval-3 matches them: first every
 * exact match (strict), then each remaining gold span with the unmatched system span it overlaps
 * most (relaxed). Every strict match is also a relaxed match.
 */
public record SpanAlignment(List<Match> matches, List<Integer> missed, List<Integer> spurious) {
  /** Gold span {@code gold} matched system span {@code system}; {@code exact} when identical. */
  public record Match(int gold, int system, boolean exact) {}

  public SpanAlignment {
    matches = List.copyOf(matches);
    missed = List.copyOf(missed);
    spurious = List.copyOf(spurious);
  }

  public static SpanAlignment align(List<Span> gold, List<Span> system) {
    int[] goldToSystem = new int[gold.size()];
    boolean[] systemUsed = new boolean[system.size()];
    Arrays.fill(goldToSystem, -1);

    Map<Span, List<Integer>> systemBySpan = new HashMap<>();
    for (int s = 0; s < system.size(); s++) {
      systemBySpan.computeIfAbsent(system.get(s), k -> new ArrayList<>()).add(s);
    }
    for (int g = 0; g < gold.size(); g++) {
      for (int s : systemBySpan.getOrDefault(gold.get(g), List.of())) {
        if (!systemUsed[s]) {
          goldToSystem[g] = s;
          systemUsed[s] = true;
          break;
        }
      }
    }
    for (int g = 0; g < gold.size(); g++) {
      if (goldToSystem[g] >= 0) {
        continue;
      }
      int best = -1;
      int bestOverlap = 0;
      for (int s = 0; s < system.size(); s++) {
        int overlap = overlap(gold.get(g), system.get(s));
        if (!systemUsed[s] && overlap > bestOverlap) {
          best = s;
          bestOverlap = overlap;
        }
      }
      if (best >= 0) {
        goldToSystem[g] = best;
        systemUsed[best] = true;
      }
    }

    List<Match> matches = new ArrayList<>();
    List<Integer> missed = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      int s = goldToSystem[g];
      if (s < 0) {
        missed.add(g);
      } else {
        matches.add(new Match(g, s, gold.get(g).equals(system.get(s))));
      }
    }
    List<Integer> spurious = new ArrayList<>();
    for (int s = 0; s < system.size(); s++) {
      if (!systemUsed[s]) {
        spurious.add(s);
      }
    }
    return new SpanAlignment(matches, missed, spurious);
  }

  private static int overlap(Span a, Span b) {
    return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.begin(), b.begin()));
  }

  public int strictMatches() {
    return (int) matches.stream().filter(Match::exact).count();
  }

  public int relaxedMatches() {
    return matches.size();
  }
}
