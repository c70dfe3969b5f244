package dev.timeline.client.chart;

import java.util.Locale;

/**
 * How a chart groups its marks into horizontal lanes. Within a lane, marks are stacked into rows
 * so that no two labels overlap.
 */
public enum ChartLanes {
  /** {@link #ARTICLE} for several articles, {@link #NONE} for one. */
  AUTO,
  /** One lane for everything. */
  NONE,
  /** One lane per article, and one for events several articles report. */
  ARTICLE,
  /**
   * One lane per actor: the subject of the event's headline ({@link
   * dev.timeline.client.export.Actors}), the same name in different words ("Sergei Lavrov",
   * "Lavrov") sharing a lane; the busiest actors get their own lane, the rest share one.
   */
  ACTOR,
  /** One lane per TimeML event class (occurrence, reporting, ...). */
  CLASS;

  /** The lanes named {@code auto}, {@code none}, {@code article}, {@code actor} or {@code class}. */
  public static ChartLanes fromName(String name) {
    for (ChartLanes l : values()) {
      if (l.cliName().equalsIgnoreCase(name.strip())) {
        return l;
      }
    }
    throw new IllegalArgumentException(
        "unknown chart lanes '" + name + "'; use auto, none, article, actor or class");
  }

  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
