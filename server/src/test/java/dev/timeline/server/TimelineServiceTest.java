package dev.timeline.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.rpc.BadRequest;
import com.google.rpc.QuotaFailure;
import dev.timeline.proto.v1.BatchExtractTimelineResponse;
import dev.timeline.proto.v1.ExtractTimelineRequest;
import dev.timeline.proto.v1.ExtractTimelineResponse;
import dev.timeline.proto.v1.PublicationDate;
import dev.timeline.proto.v1.TimelineServiceGrpc;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The service through its in-process transport, with the real engine. */
class TimelineServiceTest {
  private static EmbeddedServer server;
  private static TimelineServiceGrpc.TimelineServiceBlockingStub stub;

  @BeforeAll
  static void start() {
    server = EmbeddedServer.start(ServerConfig.defaults().withMaxTextLength(10_000));
    stub = TimelineServiceGrpc.newBlockingStub(server.channel());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static ExtractTimelineRequest request(String id, String text) {
    return ExtractTimelineRequest.newBuilder()
        .setDocumentId(id)
        .setText(text)
        .setPublicationDate(PublicationDate.newBuilder().setDate("2014-09-16"))
        .build();
  }

  @Test
  void unaryCallReturnsTheDocumentsAnalysis() {
    String text = "Russia changed its tune on Monday. Lavrov spoke.";
    ExtractTimelineResponse response = stub.extractTimeline(request("a1", text));
    assertThat(response.getDocumentId()).isEqualTo("a1");
    assertThat(response.getSentencesList()).isNotEmpty();
    var last = response.getSentences(response.getSentencesCount() - 1).getSpan();
    assertThat(last.getEnd()).isLessThanOrEqualTo(text.length());
    assertThat(text.substring(last.getBegin(), last.getEnd())).isEqualTo(last.getText());
    assertThat(response.getTimeline().getPublicationDate()).isEqualTo("2014-09-16");
  }

  @Test
  void invalidRequestCarriesBadRequestDetails() {
    var request =
        request("bad", "  ")
            .toBuilder()
            .setLanguage("fr")
            .setPublicationDate(
                PublicationDate.newBuilder().setDate("2014-13-01").setTimeZone("Atlantis/City"))
            .build();
    StatusRuntimeException e = failure(() -> stub.extractTimeline(request));
    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    assertThat(fieldsOf(e))
        .containsExactlyInAnyOrder(
            "text", "language", "publication_date.date", "publication_date.time_zone");
  }

  @Test
  void everyBadInputIsReportedOnItsField() {
    record Case(String field, ExtractTimelineRequest request) {}
    var ok = request("c", "Lavrov spoke on Sunday.");
    var cases =
        List.of(
            new Case("text", ok.toBuilder().setText("").build()),
            new Case("text", ok.toBuilder().setText(" \n\t ").build()),
            new Case("publication_date.date", ok.toBuilder().clearPublicationDate().build()),
            new Case(
                "publication_date.date",
                ok.toBuilder()
                    .setPublicationDate(PublicationDate.newBuilder().setDate("2014-02-30"))
                    .build()),
            new Case(
                "publication_date.date",
                ok.toBuilder()
                    .setPublicationDate(PublicationDate.newBuilder().setDate("2014-13-01"))
                    .build()),
            new Case(
                "publication_date.time",
                ok.toBuilder()
                    .setPublicationDate(
                        PublicationDate.newBuilder().setDate("2014-09-16").setTime("10:75"))
                    .build()),
            new Case(
                "publication_date.time_zone",
                ok.toBuilder()
                    .setPublicationDate(
                        PublicationDate.newBuilder().setDate("2014-09-16").setTimeZone("Moscow"))
                    .build()),
            new Case("language", ok.toBuilder().setLanguage("ru").build()));
    for (Case c : cases) {
      StatusRuntimeException e = failure(() -> stub.extractTimeline(c.request()));
      assertThat(e.getStatus().getCode()).as(c.field()).isEqualTo(Status.Code.INVALID_ARGUMENT);
      assertThat(fieldsOf(e)).as(c.field()).containsExactly(c.field());
    }
  }

  @Test
  void textOverTheLimitIsResourceExhaustedWithQuotaFailure() throws Exception {
    StatusRuntimeException e =
        failure(() -> stub.extractTimeline(request("big", "word ".repeat(2_001))));
    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.RESOURCE_EXHAUSTED);
    com.google.rpc.Status status = StatusProto.fromThrowable(e);
    QuotaFailure quota = status.getDetails(0).unpack(QuotaFailure.class);
    assertThat(quota.getViolations(0).getSubject()).isEqualTo("text");
    assertThat(quota.getViolations(0).getDescription()).contains("10005").contains("10000");
  }

  @Test
  void batchReportsABadDocumentWithoutFailingTheStream() throws Exception {
    var inputs =
        List.of(
            request("good-1", "Russia changed its tune on Monday."),
            request("bad", "Lavrov spoke.")
                .toBuilder()
                .setPublicationDate(PublicationDate.newBuilder().setDate("2014-02-30"))
                .build(),
            request("good-2", "Putin discussed involvement with his Security Council."));
    List<BatchExtractTimelineResponse> responses = batch(inputs);

    assertThat(responses).hasSize(3);
    assertThat(responses)
        .extracting(BatchExtractTimelineResponse::getSequence)
        .containsExactlyInAnyOrder(0L, 1L, 2L);
    for (var r : responses) {
      String expectedId = inputs.get((int) r.getSequence()).getDocumentId();
      assertThat(r.getDocumentId()).isEqualTo(expectedId);
      if (expectedId.equals("bad")) {
        assertThat(r.hasError()).isTrue();
        assertThat(r.getError().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT.value());
        assertThat(r.getError().getFieldViolationsList())
            .extracting(v -> v.getField())
            .containsExactly("publication_date.date");
        assertThat(r.getError().getMessage()).contains("2014-02-30");
      } else {
        assertThat(r.hasResult()).isTrue();
        assertThat(r.getResult().getDocumentId()).isEqualTo(expectedId);
      }
    }
  }

  @Test
  void batchOfManyDocumentsAnswersEachOnce() throws Exception {
    List<ExtractTimelineRequest> inputs = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      inputs.add(request("d" + i, "Document " + i + " was written on Monday."));
    }
    var responses = batch(inputs);
    assertThat(responses)
        .extracting(BatchExtractTimelineResponse::getDocumentId)
        .containsExactlyInAnyOrderElementsOf(
            inputs.stream().map(ExtractTimelineRequest::getDocumentId).toList());
    assertThat(responses).allMatch(BatchExtractTimelineResponse::hasResult);
  }

  @Test
  void emptyBatchCompletes() throws Exception {
    assertThat(batch(List.of())).isEmpty();
  }

  @Test
  void narrativeModeNeedsNoPublicationDate() {
    var response =
        stub.extractTimeline(
            request("story", "On June 5, 1944, the troops waited. The next day they landed.")
                .toBuilder()
                .clearPublicationDate()
                .setOptions(
                    dev.timeline.proto.v1.ExtractionOptions.newBuilder()
                        .setAnchoringMode(
                            dev.timeline.proto.v1.AnchoringMode.ANCHORING_MODE_NARRATIVE))
                .build());
    assertThat(response.getDocumentId()).isEqualTo("story");
    assertThat(response.getTimeline().getPublicationDate()).isEmpty();
  }

  @Test
  void expiredDeadlineIsDeadlineExceeded() {
    StatusRuntimeException e =
        failure(
            () ->
                stub.withDeadlineAfter(1, TimeUnit.NANOSECONDS)
                    .extractTimeline(request("late", "Lavrov spoke on Sunday.")));
    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.DEADLINE_EXCEEDED);
  }

  private static List<BatchExtractTimelineResponse> batch(List<ExtractTimelineRequest> inputs)
      throws Exception {
    return Batches.collect(server.channel(), inputs);
  }

  static StatusRuntimeException failure(Runnable call) {
    StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class, call::run);
    assertThat(e).as("the call should fail").isNotNull();
    return e;
  }

  static List<String> fieldsOf(StatusRuntimeException e) {
    com.google.rpc.Status status = StatusProto.fromThrowable(e);
    assertThat(status).as("rich status").isNotNull();
    return status.getDetailsList().stream()
        .filter(d -> d.is(BadRequest.class))
        .flatMap(
            d -> {
              try {
                return d.unpack(BadRequest.class).getFieldViolationsList().stream();
              } catch (com.google.protobuf.InvalidProtocolBufferException x) {
                throw new AssertionError(x);
              }
            })
        .map(BadRequest.FieldViolation::getField)
        .toList();
  }
}
