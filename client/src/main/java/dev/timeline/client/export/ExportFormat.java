package dev.timeline.client.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The export formats by the names a command line uses. */
public enum ExportFormat {
  TIMELINEJS("timelinejs", new TimelineJsExport()),
  VIS("vis", new VisTimelineExport()),
  VEGALITE("vegalite", new VegaLiteExport(), "vega-lite"),
  CSV("csv", new CsvExport()),
  ICAL("ical", new ICalendarExport(), "ics", "icalendar");

  private final String cliName;
  private final TimelineExport export;
  private final java.util.List<String> aliases;

  ExportFormat(String cliName, TimelineExport export, String... aliases) {
    this.cliName = cliName;
    this.export = export;
    this.aliases = java.util.List.of(aliases);
  }

  /** The name on the command line: `timelinejs`, `vis`, `vegalite`, `csv`, `ical`. */
  public String cliName() {
    return cliName;
  }

  public TimelineExport export() {
    return export;
  }

  /** The format called {@code name} (any letter case), or an exception listing the known names. */
  public static ExportFormat fromName(String name) {
    for (ExportFormat f : values()) {
      String n = name.toLowerCase(Locale.ROOT);
      if (f.cliName.equals(n) || f.aliases.contains(n)) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown export format '" + name + "'; known: "
        + Arrays.stream(values()).map(ExportFormat::cliName).collect(Collectors.joining(", ")));
  }
}
