package dev.timeline.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.rpc.BadRequest;
import com.google.rpc.Code;
import com.google.rpc.QuotaFailure;
import dev.timeline.engine.Cancellation;
import dev.timeline.engine.Engines;
import dev.timeline.proto.v1.AnchoringMode;
import dev.timeline.proto.v1.Direction;
import dev.timeline.proto.v1.ExtractTimelineRequest;
import dev.timeline.proto.v1.ExtractTimelineResponse;
import dev.timeline.proto.v1.ExtractionOptions;
import dev.timeline.proto.v1.PublicationDate;
import dev.timeline.proto.v1.TextSpan;
import java.util.List;

/**
 * The request mapping on any request: validation, extraction and the mapping to the contract
 * either answer with a response whose every {@link TextSpan} points into the text, or reject the
 * request with INVALID_ARGUMENT naming at least one field, or RESOURCE_EXHAUSTED; nothing else
 * escapes. The request goes through the wire format first, as it does in the server. Regression
 * inputs: {@code src/test/resources/dev/timeline/server/RequestMappingFuzzTestInputs/}; fuzzing
 * as for the engine's fuzz tests (docs/benchmarks.md), with {@code -pl server}.
 */
class RequestMappingFuzzTest {
  /** Small, so that fuzzing spends its time on many requests rather than on long texts. */
  private static final int MAX_TEXT_LENGTH = 4_000;

  private static final DocumentProcessor PROCESSOR =
      new DocumentProcessor(
          new RequestValidator(MAX_TEXT_LENGTH), Engines.standard(), new ResponseMapper());

  @FuzzTest(maxDuration = "2m")
  void requestIsAnsweredOrRejectedCleanly(FuzzedDataProvider data)
      throws InvalidProtocolBufferException {
    ExtractTimelineRequest request =
        ExtractTimelineRequest.parseFrom(request(data).toByteArray());
    ExtractTimelineResponse response;
    try {
      response = PROCESSOR.process(request, Cancellation.NONE);
    } catch (RequestRejection rejection) {
      com.google.rpc.Status status = rejection.status();
      assertThat(status.getDetailsCount()).as("details of %s", status.getMessage()).isEqualTo(1);
      if (status.getCode() == Code.INVALID_ARGUMENT_VALUE) {
        BadRequest details = status.getDetails(0).unpack(BadRequest.class);
        assertThat(details.getFieldViolationsList()).as("field violations").isNotEmpty();
      } else {
        assertThat(status.getCode()).isEqualTo(Code.RESOURCE_EXHAUSTED_VALUE);
        assertThat(status.getDetails(0).unpack(QuotaFailure.class).getViolationsList()).hasSize(1);
      }
      return;
    }
    assertThat(response.getDocumentId()).isEqualTo(request.getDocumentId());
    checkSpans(request.getText(), response);
    assertThat(ExtractTimelineResponse.parseFrom(response.toByteArray())).isEqualTo(response);
  }

  /** Short fields from the front of the input, the rest is the text (so any text is a seed). */
  private static ExtractTimelineRequest request(FuzzedDataProvider data) {
    ExtractTimelineRequest.Builder request =
        ExtractTimelineRequest.newBuilder()
            .setDocumentId(data.consumeString(12))
            .setLanguage(data.pickValue(List.of("", "en", "EN-us", "en-GB", "fr", "x")));
    if (data.consumeBoolean()) {
      request.setPublicationDate(
          PublicationDate.newBuilder()
              .setDate(
                  data.consumeBoolean()
                      ? String.format(
                          "%04d-%02d-%02d",
                          data.consumeInt(0, 10_000),
                          data.consumeInt(0, 13),
                          data.consumeInt(0, 32))
                      : data.consumeString(12))
              .setTime(data.pickValue(List.of("", "10:30", "23:59:59", "24:00", "9am")))
              .setTimeZone(data.pickValue(List.of("", "UTC", "Europe/Moscow", "+03:00", "Mars/Base"))));
    }
    request.setOptions(
        ExtractionOptions.newBuilder()
            .setAnchoringModeValue(data.consumeInt(-1, AnchoringMode.values().length))
            .setDirectionValue(data.consumeInt(-1, Direction.values().length))
            .setIncludeNonFactual(data.consumeBoolean()));
    return request.setText(data.consumeRemainingAsString()).build();
  }

  /** Every TextSpan anywhere in the message covers the text it quotes. */
  private static void checkSpans(String text, Message message) {
    if (message instanceof TextSpan span) {
      assertThat(span.getBegin()).as("begin of %s", span.getText()).isBetween(0, span.getEnd());
      assertThat(span.getEnd()).as("end of %s", span.getText()).isLessThanOrEqualTo(text.length());
      assertThat(text.substring(span.getBegin(), span.getEnd())).isEqualTo(span.getText());
      return;
    }
    for (var field : message.getAllFields().entrySet()) {
      FieldDescriptor descriptor = field.getKey();
      if (descriptor.getJavaType() != FieldDescriptor.JavaType.MESSAGE) {
        continue;
      }
      if (descriptor.isRepeated()) {
        for (Object element : (List<?>) field.getValue()) {
          checkSpans(text, (Message) element);
        }
      } else {
        checkSpans(text, (Message) field.getValue());
      }
    }
  }
}
