package dev.timeline.client.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;

/**
 * iCalendar (RFC 5545): one VEVENT per dated item.
 *
 * <ul>
 *   <li>Day-or-coarser precision gives all-day {@code VALUE=DATE} values with {@code DTEND} the
 *       interval's exclusive end (a year is Jan 1 to the next Jan 1); finer values are floating
 *       local date-times, as the service's intervals are local.
 *   <li>{@code UID} is a hash of the first source's document id, value and sentence and trigger
 *       offsets, so it stays the same when the same article is exported again.
 *   <li>{@code DTSTAMP} is the latest publication date at midnight UTC (1970-01-01 when there is
 *       none), so the output depends only on the input.
 *   <li>Lines end in CRLF and are folded before 75 octets (never inside a UTF-8 sequence); text
 *       values escape backslash, semicolon, comma and newlines.
 * </ul>
 * Undated items are left out: a calendar event needs a start.
 */
public final class ICalendarExport implements TimelineExport {
  static final String PRODID = "-//dev.timeline//Timeline export 1.0//EN";
  private static final int MAX_OCTETS = 75;
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

  @Override
  public String export(MergedTimeline timeline) {
    StringBuilder b = new StringBuilder();
    line(b, "BEGIN:VCALENDAR");
    line(b, "VERSION:2.0");
    line(b, "PRODID:" + PRODID);
    line(b, "CALSCALE:GREGORIAN");
    line(b, "METHOD:PUBLISH");
    String day = timeline.latestPublicationDay();
    String stamp = (day.isEmpty() ? "19700101" : day.replace("-", "")) + "T000000Z";
    for (TimelineItem item : timeline.dated()) {
      Precision p = Precision.of(item.granularity(), item.begin(), item.end());
      line(b, "BEGIN:VEVENT");
      line(b, "UID:" + uid(item) + "@timeline.dev");
      line(b, "DTSTAMP:" + stamp);
      line(b, when("DTSTART", item.begin(), p.wholeDays()));
      line(b, when("DTEND", end(item, p), p.wholeDays()));
      line(b, "SUMMARY:" + text(item.headline()));
      line(b, "DESCRIPTION:" + text(description(item)));
      if (!item.className().isEmpty()) {
        line(b, "CATEGORIES:" + text(item.className().toUpperCase(Locale.ROOT)));
      }
      line(b, "TRANSP:TRANSPARENT");
      line(b, "END:VEVENT");
    }
    line(b, "END:VCALENDAR");
    return b.toString();
  }

  @Override
  public String fileExtension() {
    return "ics";
  }

  /** An all-day end is a date after the start even when the interval ends within the day. */
  private static LocalDateTime end(TimelineItem item, Precision p) {
    if (!p.wholeDays()) {
      return item.end();
    }
    LocalDateTime end = item.end().toLocalDate().atStartOfDay();
    if (end.isBefore(item.end())) {
      end = end.plusDays(1);
    }
    LocalDateTime startDay = item.begin().toLocalDate().atStartOfDay();
    return end.isAfter(startDay) ? end : startDay.plusDays(1);
  }

  private static String when(String name, LocalDateTime t, boolean wholeDays) {
    return wholeDays ? name + ";VALUE=DATE:" + DATE.format(t) : name + ":" + DATE_TIME.format(t);
  }

  private static String description(TimelineItem item) {
    StringBuilder d = new StringBuilder(item.displayDate());
    if (!item.sentence().isEmpty()) {
      d.append('\n').append(item.sentence());
    }
    d.append("\nSource: ").append(item.sourceIds().replace(";", ", "));
    return d.toString();
  }

  private static String uid(TimelineItem item) {
    Source s = item.primary();
    String key = s.documentId() + '\u0000' + item.value() + '\u0000'
        + (s.sentence() == null ? -1 : s.sentence().getBegin()) + '\u0000'
        + (s.trigger() == null ? -1 : s.trigger().getBegin()) + '\u0000' + s.headline();
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }

  /** RFC 5545 TEXT escaping. */
  static String text(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> b.append("\\\\");
        case ';' -> b.append("\\;");
        case ',' -> b.append("\\,");
        case '\n' -> b.append("\\n");
        case '\r' -> {
          if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
            i++;
          }
          b.append("\\n");
        }
        default -> {
          // Other control characters are not allowed in TEXT values.
          if (c >= 0x20 && c != 0x7f) {
            b.append(c);
          } else if (c == '\t') {
            b.append(' ');
          }
        }
      }
    }
    return b.toString();
  }

  /** Appends a content line folded at 75 octets: CRLF and a space before each continuation. */
  static void line(StringBuilder b, String content) {
    int octets = 0;
    for (int i = 0; i < content.length(); ) {
      int cp = content.codePointAt(i);
      int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + n > MAX_OCTETS) {
        b.append("\r\n ");
        octets = 1;
      }
      b.appendCodePoint(cp);
      octets += n;
      i += Character.charCount(cp);
    }
    b.append("\r\n");
  }
}
