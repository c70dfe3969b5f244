package dev.timeline.server;

import static dev.timeline.server.TimelineServiceTest.failure;
import static dev.timeline.server.TimelineServiceTest.fieldsOf;
import static dev.timeline.server.TimelineServiceTest.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.rpc.QuotaFailure;
import dev.timeline.proto.v1.ExtractTimelineRequest;
import dev.timeline.proto.v1.ExtractTimelineResponse;
import dev.timeline.proto.v1.PublicationDate;
import dev.timeline.proto.v1.TemporalExpression;
import dev.timeline.proto.v1.TimelineServiceGrpc;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile requests through the real server over Netty on loopback, default limits (1,000,000
 * UTF-16 units of text, 8 MiB messages): each gets its exact answer or its exact error within
 * the call's deadline. Publication date 2014-09-16 (a Tuesday) unless a test says otherwise.
 */
class HostileInputTest {
  /** Bound on every call; a hostile text that needs more is a bug. */
  private static final int DEADLINE_SECONDS = 60;

  private static TimelineServer server;
  private static ManagedChannel channel;

  @BeforeAll
  static void start() {
    server = TimelineServer.start(
        new TimelineServerModule(ServerConfig.defaults().withPort(0), SharedEngine::get));
    channel = NetworkServerTest.connect(server.port());
  }

  @AfterAll
  static void stop() throws InterruptedException {
    channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    server.stop();
  }

  private static TimelineServiceGrpc.TimelineServiceBlockingStub stub() {
    return TimelineServiceGrpc.newBlockingStub(channel)
        .withDeadlineAfter(DEADLINE_SECONDS, TimeUnit.SECONDS);
  }

  private static ExtractTimelineResponse extract(String text) {
    return stub().extractTimeline(request("hostile", text));
  }

  /** "text@begin=value" for each expression, in text order. */
  private static List<String> expressions(ExtractTimelineResponse r) {
    return r.getTemporalExpressionsList().stream()
        .map(e -> e.getSpan().getText() + "@" + e.getSpan().getBegin() + "=" + e.getValue())
        .toList();
  }

  private static void assertSpansFit(String sent, ExtractTimelineResponse r) {
    for (TemporalExpression e : r.getTemporalExpressionsList()) {
      var span = e.getSpan();
      assertThat(sent.substring(span.getBegin(), span.getEnd())).isEqualTo(span.getText());
    }
  }

  // --- empty and whitespace-only text: INVALID_ARGUMENT on the text field

  @Test
  void emptyTextIsInvalidArgumentOnTheTextField() {
    StatusRuntimeException e = failure(() -> extract(""));
    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    assertThat(fieldsOf(e)).containsExactly("text");
  }

  @ParameterizedTest
  @ValueSource(strings = {" ", "   \t\r\n  ", "\u00A0\u2003\u3000", "\u200B\uFEFF\u2060 \u200E"})
  void whitespaceOrInvisibleOnlyTextIsInvalidArgumentOnTheTextField(String text) {
    StatusRuntimeException e = failure(() -> extract(text.repeat(1000)));
    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    assertThat(fieldsOf(e)).containsExactly("text");
  }

  // --- size

  @Test
  void tenMegabytesAreRefusedByTheTransportLimitBeforeAnyParsing() {
    StatusRuntimeException e = failure(() -> extract("a".repeat(10_000_000)));
    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.RESOURCE_EXHAUSTED);
    assertThat(e.getStatus().getDescription()).contains("8388608");
  }

  @Test
  void tenMegabytesUnderARaisedMessageLimitAreAQuotaFailureOnText() throws Exception {
    ServerConfig config = ServerConfig.defaults().withPort(0)
        .withMaxInboundMessageBytes(16 * 1024 * 1024);
    TimelineServer large = TimelineServer.start(new TimelineServerModule(config, SharedEngine::get));
    ManagedChannel c = NetworkServerTest.connect(large.port());
    try {
      StatusRuntimeException e = failure(() -> TimelineServiceGrpc.newBlockingStub(c)
          .withDeadlineAfter(DEADLINE_SECONDS, TimeUnit.SECONDS)
          .extractTimeline(request("10mb", "a".repeat(10_000_000))));
      assertQuotaFailureOnText(e, 10_000_000);
    } finally {
      c.shutdownNow();
      large.stop();
    }
  }

  private static void assertQuotaFailureOnText(StatusRuntimeException e, int length)
      throws Exception {
    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.RESOURCE_EXHAUSTED);
    QuotaFailure quota = StatusProto.fromThrowable(e).getDetails(0).unpack(QuotaFailure.class);
    assertThat(quota.getViolationsList()).singleElement().satisfies(v -> {
      assertThat(v.getSubject()).isEqualTo("text");
      assertThat(v.getDescription()).isEqualTo("text is " + length
          + " UTF-16 code units long; this server accepts at most 1000000");
    });
  }

  // --- pathological repetition: no spurious dates, bounded time

  @Test
  void aMillionDigitsAreOneSentenceWithoutDates() {
    String text = "1".repeat(1_000_000);
    ExtractTimelineResponse r = extract(text);
    assertThat(r.getTemporalExpressionsList()).isEmpty();
    assertThat(r.getSentencesList()).singleElement()
        .satisfies(s -> assertThat(s.getSpan().getEnd()).isEqualTo(text.length()));
    assertThat(r.getTimeline().getEntriesList()).isEmpty();
  }

  @Test
  void aMillionMaysAreOverTheTextLimit() throws Exception {
    StatusRuntimeException e = failure(() -> extract("May ".repeat(1_000_000)));
    assertQuotaFailureOnText(e, 4_000_000);
  }

  /** 100,000 characters: the full 1,000,000 took 40 s on this loaded machine (docs/operations.md). */
  @Test
  void repeatedMayIsNeitherAMonthNorAnEvent() {
    ExtractTimelineResponse r = extract("May ".repeat(25_000));
    assertThat(r.getTemporalExpressionsList()).isEmpty();
    assertThat(r.getTimeline().getEntriesList()).isEmpty();
  }

  @Test
  void deeplyChainedRelativeExpressionsLeaveOnlyTheResolvableOne() {
    String chain = "the day after the day before the week after the month before ".repeat(200);
    String text = "He left " + chain + "next Monday.";
    ExtractTimelineResponse r = extract(text);
    assertThat(expressions(r))
        .containsExactly("next Monday@" + text.indexOf("next Monday") + "=2014-09-22");
  }

  // --- odd characters: the same answers, offsets in UTF-16 units of the text as sent

  @Test
  void nulBytesAreOrdinaryCharacters() {
    String text = "Talks began on\0 Monday\0 and ended on September 3, 2014.\0";
    assertThat(expressions(extract(text))).containsExactly(
        "Monday@" + text.indexOf("Monday") + "=2014-09-15",
        "September 3, 2014@" + text.indexOf("September") + "=2014-09-03");
  }

  /**
   * Protobuf strings are UTF-8: the client library sends an unpaired surrogate as '?' (one unit
   * for one), so offsets into the caller's text still hold.
   */
  @Test
  void unpairedSurrogatesKeepOffsetsInPlace() {
    String text = "\uD800Talks began on Monday\uDC00 and ended on September 3, 2014.\uD83D";
    assertThat(expressions(extract(text))).containsExactly(
        "Monday@" + text.indexOf("Monday") + "=2014-09-15",
        "September 3, 2014@" + text.indexOf("September") + "=2014-09-03");
  }

  @Test
  void rightToLeftAndMixedScriptsKeepUtf16Offsets() {
    String text = "\u05D4\u05E9\u05D1\u05D5\u05E2 \u05E9\u05E2\u05D1\u05E8 On Monday, "
        + "\u0627\u0644\u0623\u0633\u0628\u0648\u0639 talks began on 3 September 2014. "
        + "\uD83D\uDE00\u202E\u4E0A\u5468\u202C the minister spoke yesterday.";
    ExtractTimelineResponse r = extract(text);
    assertThat(expressions(r)).containsExactly(
        "Monday@" + text.indexOf("Monday") + "=2014-09-15",
        "3 September 2014@" + text.indexOf("3 September") + "=2014-09-03",
        "yesterday@" + text.indexOf("yesterday") + "=2014-09-15");
    assertSpansFit(text, r);
  }

  // --- impossible dates and odd years in the text

  /** A day the month does not have is not a day: the expression keeps only its month. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Feb. 30, 2014 | 2014-02", "Feb. 29, 2013 | 2013-02", "Feb. 29, 2012 | 2012-02-29"})
  void impossibleDaysFallBackToTheirMonth(String date, String value) {
    String text = "The treaty was signed on " + date + ", officials said.";
    assertThat(expressions(extract(text))).containsExactly(date + "@25=" + value);
  }

  @Test
  void yearsZeroAnd99999AreNotDates() {
    String text = "Historians dated the coin to the year 0, and the plan runs until the year 99999."
        + " In 99999 BC nothing happened. The survey was done in 2014.";
    assertThat(expressions(extract(text)))
        .containsExactly("2014@" + text.indexOf("2014") + "=2014");
  }

  // --- publication dates at the edges of the calendar

  private static final String RELATIVE = "Talks began yesterday and end tomorrow; last year was"
      + " hard and next year will be better. The summit is on Monday.";

  /** Year 0000 is ISO 8601's 1 BC: the day before 0001-01-01 is 0000-12-31. */
  @Test
  void firstDayOfTheCalendarAnchorsRelativeDates() {
    assertThat(relativeValues("0001-01-01"))
        .containsExactly("0000-12-31", "0001-01-02", "0000", "0002", "0001-01-01");
  }

  /**
   * Past the year 9999 a date has no four-digit year: it is unknown (XXXX), not wrapped or cut
   * ("the summit is on Monday" is the coming Monday, in the year 10000).
   */
  @Test
  void lastDayOfTheCalendarLeavesLaterDatesUnknown() {
    assertThat(relativeValues("9999-12-31"))
        .containsExactly("9999-12-30", "XXXX-XX-XX", "9998", "XXXX", "XXXX-WXX-1");
  }

  /** Values of yesterday, tomorrow, last year, next year and Monday. */
  private static List<String> relativeValues(String published) {
    ExtractTimelineResponse r = stub().extractTimeline(request("edge", RELATIVE).toBuilder()
        .setPublicationDate(PublicationDate.newBuilder().setDate(published)).build());
    assertThat(r.getTemporalExpressionsList()).extracting(e -> e.getSpan().getText())
        .containsExactly("yesterday", "tomorrow", "last year", "next year", "Monday");
    return r.getTemporalExpressionsList().stream().map(TemporalExpression::getValue).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0000-01-01", "-0001-01-01", "10000-01-01", "+10000-01-01", "2013-02-29"})
  void publicationDatesOutsideTheCalendarAreInvalidArguments(String date) {
    ExtractTimelineRequest bad = request("edge", "Talks began on Monday.").toBuilder()
        .setPublicationDate(PublicationDate.newBuilder().setDate(date)).build();
    StatusRuntimeException e = failure(() -> stub().extractTimeline(bad));
    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    assertThat(fieldsOf(e)).containsExactly("publication_date.date");
  }
}
