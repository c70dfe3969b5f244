package dev.timeline.engine.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The machine-readable figures in {@code docs/evaluation.md}: {@code key = value} lines between
 * {@value #GUARD_BEGIN} and {@value #GUARD_END}, inside the generated section between {@value
 * #SECTION_BEGIN} and {@value #SECTION_END}. The regression guard reads them; republishing
 * rewrites the section.
 */
public final class PublishedFigures {
  public static final String SECTION_BEGIN = "<!-- measured:begin -->";
  public static final String SECTION_END = "<!-- measured:end -->";
  public static final String GUARD_BEGIN = "<!-- guard:begin -->";
  public static final String GUARD_END = "<!-- guard:end -->";

  private PublishedFigures() {}

  /**
   * The published {@code key = value} figures, in file order, from the guard block of the
   * generated section (or of the whole text when it has no generated section).
   */
  public static Map<String, Double> parse(String markdown) {
    int section = markdown.indexOf(SECTION_BEGIN);
    String block = between(section < 0 ? markdown : markdown.substring(section), GUARD_BEGIN, GUARD_END);
    Map<String, Double> figures = new LinkedHashMap<>();
    for (String raw : block.split("\n")) {
      String line = raw.strip();
      int eq = line.indexOf('=');
      if (eq <= 0 || line.startsWith("#") || line.startsWith("`")) {
        continue;
      }
      String key = line.substring(0, eq).strip();
      String value = line.substring(eq + 1).strip();
      try {
        figures.put(key, Double.parseDouble(value));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("published figure " + key + " is not a number: " + value);
      }
    }
    return figures;
  }

  /** Published figures are rounded to two decimals. */
  public static final double ROUNDING = 0.005;

  /**
   * The published figures that {@code measured} falls below, described for people. A figure
   * measured but not yet published (a new metric before the next republishing) is no
   * regression; a published one no longer measured is, unless it was published as zero (an event
   * figure while events were not run).
   */
  public static List<String> fallen(Map<String, Double> published, Map<String, Double> measured) {
    List<String> fallen = new ArrayList<>();
    published.forEach(
        (key, figure) -> {
          Double now = measured.get(key);
          if (now == null && figure != 0) {
            fallen.add(key + ": published " + figure + ", no longer measured");
          } else if (now != null && now < figure - ROUNDING) {
            fallen.add(key + ": published " + figure + ", now " + now);
          }
        });
    return fallen;
  }

  /** The guard block for these metrics, fenced so that it renders as code. */
  public static String guardBlock(Map<String, Double> metrics) {
    StringBuilder out = new StringBuilder();
    out.append(GUARD_BEGIN).append("\n```properties\n");
    metrics.forEach(
        (k, v) -> out.append(k).append(" = ").append(String.format(Locale.ROOT, "%.2f", v)).append('\n'));
    out.append("```\n").append(GUARD_END).append('\n');
    return out.toString();
  }

  /** The markdown with its generated section (markers included) replaced by {@code section}. */
  public static String replaceSection(String markdown, String section) {
    int begin = markdown.indexOf(SECTION_BEGIN);
    int end = markdown.indexOf(SECTION_END);
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException(
          "no " + SECTION_BEGIN + " ... " + SECTION_END + " section to replace");
    }
    return markdown.substring(0, begin) + section + markdown.substring(end + SECTION_END.length());
  }

  private static String between(String text, String begin, String end) {
    int b = text.indexOf(begin);
    int e = b < 0 ? -1 : text.indexOf(end, b);
    if (b < 0 || e < b) {
      throw new IllegalArgumentException("no " + begin + " ... " + end + " block");
    }
    return text.substring(b + begin.length(), e);
  }
}
