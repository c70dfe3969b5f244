package dev.timeline.client.chart;

import dev.timeline.client.export.Lane;
import dev.timeline.client.export.MergedTimeline;
import dev.timeline.client.export.Source;
import dev.timeline.client.export.TimelineItem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which lane each dated item goes in, and the lanes in the order drawn (top to bottom): the
 * static chart's lanes, which the interactive page also takes when asked for.
 *
 * @param names lane titles in drawing order; one empty title when the chart has no lanes
 * @param byId lane title of each dated item, by item id
 */
public record ChartGroups(List<String> names, Map<String, String> byId) {
  /** Actors beyond this many share the "other actors" lane, so lanes stay few enough to scan. */
  static final int MAX_ACTOR_LANES = 8;
  static final String OTHER_ACTORS = "other actors";
  static final String NO_ACTOR = "no named actor";

  public ChartGroups {
    names = List.copyOf(names);
    byId = Map.copyOf(byId);
  }

  String of(ChartEntry e) {
    return byId.getOrDefault(e.id(), "");
  }

  boolean named() {
    return !(names.size() == 1 && names.get(0).isEmpty());
  }

  static ChartLanes resolve(ChartLanes lanes, MergedTimeline timeline) {
    if (lanes != ChartLanes.AUTO) {
      return lanes;
    }
    return timeline.merged() ? ChartLanes.ARTICLE : ChartLanes.NONE;
  }

  /** The lanes of a timeline's dated items. */
  public static ChartGroups of(MergedTimeline timeline, ChartLanes lanes) {
    List<TimelineItem> dated = timeline.dated();
    Map<String, String> byId = new HashMap<>();
    List<String> order = new ArrayList<>();
    switch (resolve(lanes, timeline)) {
      case ARTICLE -> {
        order.add(MergedTimeline.SHARED_GROUP);
        for (Lane lane : timeline.lanes()) {
          order.add(articleName(lane));
        }
        for (TimelineItem item : dated) {
          byId.put(item.id(), item.shared() ? MergedTimeline.SHARED_GROUP
              : articleName(timeline.lanes().get(item.primary().lane())));
        }
      }
      case CLASS -> {
        dated.stream().map(TimelineItem::eventClass).distinct()
            .sorted() // proto order; UNRECOGNIZED (from a newer server) last
            .forEach(c -> order.add(Palette.name(c)));
        dated.forEach(i -> byId.put(i.id(), Palette.name(i.eventClass())));
      }
      case ACTOR -> actors(dated, order, byId);
      default -> {
        order.add("");
        dated.forEach(i -> byId.put(i.id(), ""));
      }
    }
    List<String> used = order.stream().filter(byId::containsValue).toList();
    return new ChartGroups(used.isEmpty() ? List.of("") : used, byId);
  }

  /** "[2] moscow-weighs": the article's number (as in the key under the title) and its id. */
  static String articleName(Lane lane) {
    return "[" + (lane.index() + 1) + "] " + lane.documentId();
  }

  /**
   * Actor lanes, busiest first (ties: first to appear). A name that opens or ends a longer one
   * is the same actor ("Lavrov" and "Russian Foreign Minister Sergei Lavrov", "Northwind" and
   * "Northwind Logistics"); a lane is titled by the variant written most often, then the
   * shortest.
   */
  private static void actors(List<TimelineItem> dated, List<String> order, Map<String, String> byId) {
    Map<String, String> actorOf = new LinkedHashMap<>();
    for (TimelineItem item : dated) {
      String actor = actor(item);
      if (!actor.isEmpty()) {
        actorOf.put(item.id(), actor);
      }
    }
    Map<String, String> keyOf = sameActors(actorOf.values().stream().map(ChartGroups::words)
        .distinct().toList());
    Map<String, List<String>> variants = new LinkedHashMap<>();
    actorOf.values().forEach(a ->
        variants.computeIfAbsent(keyOf.get(words(a)), k -> new ArrayList<>()).add(a));
    List<String> keys = new ArrayList<>(variants.keySet());
    keys.sort(Comparator.comparingInt((String k) -> -variants.get(k).size()));
    Map<String, String> label = new HashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      String k = keys.get(i);
      label.put(k, i < MAX_ACTOR_LANES || keys.size() == MAX_ACTOR_LANES + 1
          ? display(variants.get(k)) : OTHER_ACTORS);
    }
    keys.stream().map(label::get).distinct().forEach(order::add);
    order.add(NO_ACTOR);
    for (TimelineItem item : dated) {
      String actor = actorOf.get(item.id());
      byId.put(item.id(), actor == null ? NO_ACTOR : label.get(keyOf.get(words(actor))));
    }
  }

  /** Each name's key: the longest name it opens or ends, word by word (itself if none). */
  static Map<String, String> sameActors(List<String> names) {
    Map<String, String> keyOf = new HashMap<>();
    for (String name : names) {
      String key = name;
      for (String other : names) {
        boolean longer = other.length() > key.length();
        if (longer && (other.startsWith(name + " ") || other.endsWith(" " + name))) {
          key = other;
        }
      }
      keyOf.put(name, key);
    }
    return keyOf;
  }

  /** Lower case, single spaces, without a leading article: "the company" → "company". */
  static String words(String actor) {
    return actor.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT)
        .replaceFirst("^(the|a|an) ", "");
  }

  /** The first source's actor, or another source's when the first names none. */
  private static String actor(TimelineItem item) {
    return item.sources().stream().map(Source::actor).filter(a -> !a.isEmpty()).findFirst()
        .orElse("");
  }

  private static String display(List<String> variants) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    variants.forEach(v -> counts.merge(v, 1, Integer::sum));
    return counts.entrySet().stream()
        .min(Comparator.comparingInt((Map.Entry<String, Integer> e) -> -e.getValue())
            .thenComparingInt(e -> e.getKey().length()))
        .map(Map.Entry::getKey).orElseThrow();
  }
}
