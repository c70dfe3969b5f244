package dev.timeline.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.rpc.BadRequest;
import com.google.rpc.Code;
import com.google.rpc.QuotaFailure;
import dev.timeline.engine.AnchoringMode;
import dev.timeline.engine.Direction;
import dev.timeline.engine.DocumentInput;
import dev.timeline.proto.v1.ExtractTimelineRequest;
import dev.timeline.proto.v1.ExtractionOptions;
import dev.timeline.proto.v1.PublicationDate;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestValidatorTest {
  private final RequestValidator validator = new RequestValidator(1_000);

  private static ExtractTimelineRequest.Builder valid() {
    return ExtractTimelineRequest.newBuilder()
        .setDocumentId("d1")
        .setText("Lavrov spoke on Sunday.")
        .setPublicationDate(PublicationDate.newBuilder().setDate("2014-09-16"));
  }

  @Test
  void acceptsAFullRequest() {
    DocumentInput doc =
        validator.toDocument(
            valid()
                .setPublicationDate(
                    PublicationDate.newBuilder()
                        .setDate("2014-09-16")
                        .setTime("09:30")
                        .setTimeZone("Europe/Moscow"))
                .setLanguage("en-GB")
                .setOptions(
                    ExtractionOptions.newBuilder()
                        .setDirection(dev.timeline.proto.v1.Direction.DIRECTION_PAST)
                        .setIncludeNonFactual(true))
                .build());
    assertThat(doc.id()).isEqualTo("d1");
    assertThat(doc.text()).isEqualTo("Lavrov spoke on Sunday.");
    var published = doc.published().orElseThrow();
    assertThat(published.date()).isEqualTo(LocalDate.of(2014, 9, 16));
    assertThat(published.time()).contains(LocalTime.of(9, 30));
    assertThat(published.zone()).contains(ZoneId.of("Europe/Moscow"));
    assertThat(doc.options().mode()).isEqualTo(AnchoringMode.NEWS);
    assertThat(doc.options().direction()).isEqualTo(Direction.PAST);
    assertThat(doc.options().includeNonFactual()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "en", "EN", "en-US", "en-gb"})
  void acceptsEnglish(String language) {
    assertThat(validator.toDocument(valid().setLanguage(language).build())).isNotNull();
  }

  @Test
  void narrativeModeNeedsNoPublicationDate() {
    DocumentInput doc =
        validator.toDocument(
            valid()
                .clearPublicationDate()
                .setOptions(
                    ExtractionOptions.newBuilder()
                        .setAnchoringMode(
                            dev.timeline.proto.v1.AnchoringMode.ANCHORING_MODE_NARRATIVE))
                .build());
    assertThat(doc.published()).isEmpty();
    assertThat(doc.options().mode()).isEqualTo(AnchoringMode.NARRATIVE);
  }

  @Test
  void acceptsTimeWithSeconds() {
    var doc =
        validator.toDocument(
            valid()
                .setPublicationDate(
                    PublicationDate.newBuilder().setDate("2014-09-16").setTime("23:59:59"))
                .build());
    assertThat(doc.published().orElseThrow().time()).contains(LocalTime.of(23, 59, 59));
  }

  /** Each malformed request and the one field it must be blamed on. */
  private static final Map<String, UnaryOperator<ExtractTimelineRequest.Builder>> BAD_FIELD =
      Map.of(
          "text", r -> r.setText(""),
          "publication_date.date", r -> r.setPublicationDate(date("2014-02-30")),
          "publication_date.time",
              r -> r.setPublicationDate(date("2014-09-16").toBuilder().setTime("25:00").build()),
          "publication_date.time_zone",
              r -> r.setPublicationDate(date("2014-09-16").toBuilder().setTimeZone("Mars/Olympus")),
          "language", r -> r.setLanguage("fr"),
          "options.anchoring_mode",
              r -> r.setOptions(ExtractionOptions.newBuilder().setAnchoringModeValue(99)),
          "options.direction",
              r -> r.setOptions(ExtractionOptions.newBuilder().setDirectionValue(42)));

  @Test
  void blamesEachBadInputOnItsField() {
    BAD_FIELD.forEach(
        (field, breakIt) ->
            assertThat(fields(reject(breakIt.apply(valid()).build())))
                .as(field)
                .containsExactly(field));
  }

  @ParameterizedTest
  @ValueSource(strings = {"   ", "\n\t \u00a0\u2003", "\u200b\ufeff"})
  void rejectsWhitespaceOnlyText(String text) {
    assertThat(fields(reject(valid().setText(text).build()))).containsExactly("text");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2014-02-30", "2014-13-01", "2014-9-16", "16/09/2014", "2014-09-16T10:00", "x"})
  void rejectsImpossibleOrMalformedDates(String date) {
    BadRequest.FieldViolation v = violations(reject(valid().setPublicationDate(date(date)).build())).get(0);
    assertThat(v.getField()).isEqualTo("publication_date.date");
    assertThat(v.getDescription()).contains(date).contains("YYYY-MM-DD");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0000-06-01", "+10000-01-01", "-0001-01-01", "10000-01-01", "2013-02-29"})
  void rejectsYearsOutsideTimexRangeAndFeb29OfCommonYears(String date) {
    var rejection = reject(valid().setPublicationDate(date(date)).build());
    assertThat(rejection.status().getCode()).isEqualTo(Code.INVALID_ARGUMENT_VALUE);
    assertThat(fields(rejection)).containsExactly("publication_date.date");
  }

  @Test
  void yearZeroIsNamedInTheViolation() {
    var v = violations(reject(valid().setPublicationDate(date("0000-06-01")).build())).get(0);
    assertThat(v.getDescription()).isEqualTo("year 0 is outside 1..9999, the years a TIMEX3 value (YYYY) can name");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0001-01-01", "9999-12-31", "2012-02-29"})
  void acceptsTheEdgesOfTheCalendar(String date) {
    assertThat(validator.toDocument(valid().setPublicationDate(date(date)).build()).published())
        .hasValueSatisfying(p -> assertThat(p.date()).isEqualTo(LocalDate.parse(date)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"24:00", "9:30", "09:60", "09:30:61", "noon", "09:30:00.5"})
  void rejectsBadTimes(String time) {
    var request = valid().setPublicationDate(date("2014-09-16").toBuilder().setTime(time)).build();
    assertThat(fields(reject(request))).containsExactly("publication_date.time");
  }

  @Test
  void newsModeRequiresAPublicationDate() {
    var rejection = reject(valid().clearPublicationDate().build());
    assertThat(fields(rejection)).containsExactly("publication_date.date");
    assertThat(violations(rejection).get(0).getDescription()).contains("required");
  }

  @Test
  void dateIsRequiredWhenTimeIsGiven() {
    var request =
        valid().setPublicationDate(PublicationDate.newBuilder().setTime("10:00")).build();
    assertThat(fields(reject(request))).containsExactly("publication_date.date");
  }

  @Test
  void unknownLanguageIsExplained() {
    var v = violations(reject(valid().setLanguage("de-DE").build())).get(0);
    assertThat(v.getDescription()).contains("'de-DE'").contains("en-US").contains("en-GB");
  }

  @Test
  void echoedValuesAreShortAndSingleLine() {
    String hostile = "2014-09-16\nINFO forged log line " + "x".repeat(10_000);
    var v = violations(reject(valid().setPublicationDate(date(hostile)).build())).get(0);
    assertThat(v.getDescription()).doesNotContain("\n").hasSizeLessThan(200);
  }

  @Test
  void reportsAllViolationsTogether() {
    var rejection =
        reject(
            ExtractTimelineRequest.newBuilder()
                .setText(" ")
                .setLanguage("xx")
                .setPublicationDate(
                    PublicationDate.newBuilder()
                        .setDate("2014-13-01")
                        .setTime("99:99")
                        .setTimeZone("Nowhere/Land"))
                .build());
    assertThat(rejection.status().getCode()).isEqualTo(Code.INVALID_ARGUMENT_VALUE);
    assertThat(fields(rejection))
        .containsExactlyInAnyOrder(
            "text",
            "language",
            "publication_date.date",
            "publication_date.time",
            "publication_date.time_zone");
    assertThat(rejection.status().getMessage()).contains("5 problems");
  }

  @Test
  void textOverTheLimitIsAQuotaFailure() throws Exception {
    var rejection = reject(valid().setText("a".repeat(1_001)).build());
    assertThat(rejection.status().getCode()).isEqualTo(Code.RESOURCE_EXHAUSTED_VALUE);
    QuotaFailure quota = rejection.status().getDetails(0).unpack(QuotaFailure.class);
    assertThat(quota.getViolations(0).getSubject()).isEqualTo("text");
    assertThat(quota.getViolations(0).getDescription()).contains("1001").contains("1000");
  }

  @Test
  void limitCountsUtf16Units() {
    // 500 astral characters are 1,000 UTF-16 units: exactly at the limit.
    String emoji = "\uD83D\uDE00".repeat(500);
    assertThat(validator.toDocument(valid().setText(emoji).build()).text()).hasSize(1_000);
    assertThat(reject(valid().setText(emoji + "a").build()).status().getCode())
        .isEqualTo(Code.RESOURCE_EXHAUSTED_VALUE);
  }

  private static PublicationDate date(String date) {
    return PublicationDate.newBuilder().setDate(date).build();
  }

  private RequestRejection reject(ExtractTimelineRequest request) {
    RequestRejection rejection =
        catchThrowableOfType(RequestRejection.class, () -> validator.toDocument(request));
    assertThat(rejection).as("rejection of %s", request).isNotNull();
    return rejection;
  }

  static List<BadRequest.FieldViolation> violations(RequestRejection rejection) {
    return rejection.status().getDetailsList().stream()
        .filter(d -> d.is(BadRequest.class))
        .flatMap(
            d -> {
              try {
                return d.unpack(BadRequest.class).getFieldViolationsList().stream();
              } catch (com.google.protobuf.InvalidProtocolBufferException e) {
                throw new AssertionError(e);
              }
            })
        .toList();
  }

  private static List<String> fields(RequestRejection rejection) {
    return violations(rejection).stream()
        .map(BadRequest.FieldViolation::getField)
        .collect(Collectors.toList());
  }
}
