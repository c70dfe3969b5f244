package dev.timeline.cli;

import dev.timeline.proto.v1.Anchoring;
import dev.timeline.proto.v1.ExtractTimelineResponse;
import dev.timeline.proto.v1.TemporalExpression;
import dev.timeline.proto.v1.TimelineEntry;
import dev.timeline.proto.v1.TimexModifier;
import dev.timeline.proto.v1.TimexType;
import java.io.PrintWriter;
import java.util.Locale;

/** The readable form of one response: the timeline, then the temporal expressions found. */
final class ResponseTable {
  private static final int HEADLINE = 80;
  private static final int EXPLANATION = 90;

  private ResponseTable() {}

  static void print(PrintWriter out, String name, String published, ExtractTimelineResponse r) {
    out.printf(
        "%s · published %s · %d timeline %s, %d temporal %s, %d events%n",
        name,
        published,
        r.getTimeline().getEntriesCount(),
        r.getTimeline().getEntriesCount() == 1 ? "entry" : "entries",
        r.getTemporalExpressionsCount(),
        r.getTemporalExpressionsCount() == 1 ? "expression" : "expressions",
        r.getEventsCount());
    out.println();
    out.println("Timeline");
    TextTable timeline = new TextTable("#", "DATE", "VALUE", "EVENT");
    for (TimelineEntry e : r.getTimeline().getEntriesList()) {
      timeline.row(
          Integer.toString(e.getPosition()),
          e.getDisplayDate(),
          e.getValue().isEmpty() ? "-" : e.getValue(),
          TextTable.clip(e.getHeadline(), HEADLINE));
    }
    printOrNone(out, timeline);
    out.println();
    out.println("Temporal expressions");
    TextTable timexes = new TextTable("TEXT", "TYPE", "VALUE", "MOD", "RESOLUTION");
    for (TemporalExpression t : r.getTemporalExpressionsList()) {
      timexes.row(
          TextTable.clip(t.getSpan().getText(), 40),
          shortName(t.getType().name(), "TIMEX_TYPE_", t.getType() == TimexType.TIMEX_TYPE_UNSPECIFIED),
          t.getValue(),
          shortName(
              t.getModifier().name(),
              "TIMEX_MODIFIER_",
              t.getModifier() == TimexModifier.TIMEX_MODIFIER_UNSPECIFIED),
          TextTable.clip(resolution(t.getAnchoring()), EXPLANATION));
    }
    printOrNone(out, timexes);
  }

  private static void printOrNone(PrintWriter out, TextTable table) {
    if (table.isEmpty()) {
      out.println("  (none)");
    } else {
      table.print(out, "  ");
    }
  }

  private static String shortName(String name, String prefix, boolean unset) {
    return unset ? "-" : name.substring(prefix.length()).toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String resolution(Anchoring a) {
    if (!a.getExplanation().isBlank()) {
      return a.getExplanation();
    }
    return switch (a.getKind()) {
      case ANCHOR_KIND_ABSOLUTE -> "absolute";
      case ANCHOR_KIND_PUBLICATION_DATE -> "relative to publication " + a.getAnchorValue();
      case ANCHOR_KIND_EARLIER_EXPRESSION -> "relative to earlier " + a.getAnchorValue();
      case ANCHOR_KIND_UNRESOLVED -> "unresolved";
      default -> "";
    };
  }
}
