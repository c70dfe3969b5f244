package dev.timeline.server;

import com.google.rpc.BadRequest;
import dev.timeline.engine.AnchoringMode;
import dev.timeline.engine.Direction;
import dev.timeline.engine.DocumentInput;
import dev.timeline.engine.ExtractionOptions;
import dev.timeline.engine.PublicationDate;
import dev.timeline.proto.v1.ExtractTimelineRequest;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a request into an engine {@link DocumentInput}, or rejects it with every problem found at
 * once (a caller fixing one field at a time would need as many round trips as mistakes).
 */
public final class RequestValidator {
  /** Language tags accepted (compared case-insensitively, as BCP 47 tags are). */
  static final Set<String> SUPPORTED_LANGUAGES = Set.of("en", "en-us", "en-gb");

  // STRICT with 'uuuu' rejects 2014-02-30 and 2014-13-01 instead of adjusting them.
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
  // TIMEX3 values write the year in four digits (YYYY): a publication date outside these years
  // could only anchor values that no TimeML reader parses.
  static final int MIN_YEAR = 1;
  static final int MAX_YEAR = 9999;
  private static final DateTimeFormatter TIME_HH_MM =
      DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter TIME_HH_MM_SS =
      DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

  private final int maxTextLength;

  public RequestValidator(int maxTextLength) {
    this.maxTextLength = maxTextLength;
  }

  public int maxTextLength() {
    return maxTextLength;
  }

  /**
   * @throws RequestRejection RESOURCE_EXHAUSTED when the text is over the limit (checked first,
   *     so an oversized text costs no further work), else INVALID_ARGUMENT listing every problem
   */
  public DocumentInput toDocument(ExtractTimelineRequest request) {
    String text = request.getText();
    if (text.length() > maxTextLength) {
      throw RequestRejection.quotaExceeded(
          "text",
          "text is " + text.length() + " UTF-16 code units long; this server accepts at most "
              + maxTextLength);
    }
    List<BadRequest.FieldViolation> violations = new ArrayList<>();
    if (!hasContent(text)) {
      violations.add(violation("text", "text must contain at least one non-whitespace character"));
    }
    checkLanguage(request.getLanguage(), violations);
    ExtractionOptions options = options(request, violations);
    Optional<PublicationDate> published = publicationDate(request, options.mode(), violations);
    if (!violations.isEmpty()) {
      throw RequestRejection.invalidArgument(violations);
    }
    return new DocumentInput(request.getDocumentId(), text, published, options);
  }

  /** True when the text has a character that is neither a space (Unicode's, too) nor invisible. */
  static boolean hasContent(String text) {
    return text.codePoints()
        .anyMatch(
            c ->
                !Character.isWhitespace(c)
                    && !Character.isSpaceChar(c)
                    && Character.getType(c) != Character.FORMAT);
  }

  private static void checkLanguage(String language, List<BadRequest.FieldViolation> out) {
    if (!language.isEmpty() && !SUPPORTED_LANGUAGES.contains(language.toLowerCase(Locale.ROOT))) {
      out.add(
          violation(
              "language",
              "language '" + Printable.of(language) + "' is not supported; use en, en-US or en-GB (empty means en)"));
    }
  }

  private static ExtractionOptions options(
      ExtractTimelineRequest request, List<BadRequest.FieldViolation> out) {
    var options = request.getOptions();
    AnchoringMode mode =
        switch (options.getAnchoringMode()) {
          case ANCHORING_MODE_UNSPECIFIED, ANCHORING_MODE_NEWS -> AnchoringMode.NEWS;
          case ANCHORING_MODE_NARRATIVE -> AnchoringMode.NARRATIVE;
          case UNRECOGNIZED -> {
            out.add(
                violation(
                    "options.anchoring_mode",
                    "unknown anchoring mode " + options.getAnchoringModeValue()));
            yield AnchoringMode.NEWS;
          }
        };
    Direction direction =
        switch (options.getDirection()) {
          case DIRECTION_UNSPECIFIED, DIRECTION_TENSE_AWARE -> Direction.TENSE_AWARE;
          case DIRECTION_PAST -> Direction.PAST;
          case DIRECTION_FUTURE -> Direction.FUTURE;
          case DIRECTION_NEAREST -> Direction.NEAREST;
          case UNRECOGNIZED -> {
            out.add(
                violation("options.direction", "unknown direction " + options.getDirectionValue()));
            yield Direction.TENSE_AWARE;
          }
        };
    return new ExtractionOptions(mode, direction, options.getIncludeNonFactual());
  }

  private static Optional<PublicationDate> publicationDate(
      ExtractTimelineRequest request, AnchoringMode mode, List<BadRequest.FieldViolation> out) {
    var published = request.getPublicationDate();
    boolean absent =
        published.getDate().isEmpty()
            && published.getTime().isEmpty()
            && published.getTimeZone().isEmpty();
    if (absent) {
      if (mode == AnchoringMode.NEWS) {
        out.add(
            violation(
                "publication_date.date",
                "a publication date (YYYY-MM-DD) is required in NEWS anchoring mode"));
      }
      return Optional.empty();
    }
    Optional<LocalDate> date = date(published.getDate(), out);
    Optional<LocalTime> time = time(published.getTime(), out);
    Optional<ZoneId> zone = zone(published.getTimeZone(), out);
    return date.map(d -> new PublicationDate(d, time, zone));
  }

  private static Optional<LocalDate> date(String value, List<BadRequest.FieldViolation> out) {
    if (value.isEmpty()) {
      out.add(
          violation(
              "publication_date.date", "the date (YYYY-MM-DD) is required when a time or zone is given"));
      return Optional.empty();
    }
    try {
      LocalDate date = LocalDate.parse(value, DATE);
      if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
        out.add(
            violation(
                "publication_date.date",
                "year " + date.getYear() + " is outside " + MIN_YEAR + ".." + MAX_YEAR
                    + ", the years a TIMEX3 value (YYYY) can name"));
        return Optional.empty();
      }
      return Optional.of(date);
    } catch (DateTimeException e) {
      out.add(
          violation(
              "publication_date.date",
              "'" + Printable.of(value) + "' is not a calendar date; expected YYYY-MM-DD such as 2014-09-16"));
      return Optional.empty();
    }
  }

  private static Optional<LocalTime> time(String value, List<BadRequest.FieldViolation> out) {
    if (value.isEmpty()) {
      return Optional.empty();
    }
    DateTimeFormatter format = value.length() == 5 ? TIME_HH_MM : TIME_HH_MM_SS;
    try {
      return Optional.of(LocalTime.parse(value, format));
    } catch (DateTimeException e) {
      out.add(
          violation(
              "publication_date.time",
              "'" + Printable.of(value) + "' is not a time of day; expected HH:MM or HH:MM:SS such as 09:30"));
      return Optional.empty();
    }
  }

  private static Optional<ZoneId> zone(String value, List<BadRequest.FieldViolation> out) {
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(ZoneId.of(value));
    } catch (DateTimeException e) {
      out.add(
          violation(
              "publication_date.time_zone",
              "'" + Printable.of(value) + "' is not a known time zone; use an IANA name such as Europe/Moscow"));
      return Optional.empty();
    }
  }

  private static BadRequest.FieldViolation violation(String field, String description) {
    return BadRequest.FieldViolation.newBuilder()
        .setField(field)
        .setDescription(description)
        .build();
  }
}
