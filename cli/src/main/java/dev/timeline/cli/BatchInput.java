package dev.timeline.cli;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import com.google.protobuf.util.JsonFormat;
import dev.timeline.proto.v1.BatchExtractTimelineResponse;
import dev.timeline.proto.v1.DocumentError;
import dev.timeline.proto.v1.ExtractTimelineRequest;
import dev.timeline.proto.v1.ExtractionOptions;
import dev.timeline.proto.v1.FieldViolation;
import dev.timeline.proto.v1.PublicationDate;
import io.grpc.Status;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Reads batch documents from JSON lines ({@code {"id", "text", "published"}}, optionally {@code
 * "time"} and {@code "zone"}) lazily, as the stream asks for them. A line that is not a JSON object
 * of strings is reported to {@code onBadLine} as an error entry and skipped; blank lines are
 * skipped. Remembers which input line each sent request came from.
 */
final class BatchInput implements Iterator<ExtractTimelineRequest> {
  private static final JsonFormat.Parser JSON = JsonFormat.parser();

  private final BufferedReader reader;
  private final ExtractionOptions options;
  private final Consumer<BatchExtractTimelineResponse> onBadLine;
  /** Stream position of a sent request to its zero-based input line. */
  private final Map<Long, Long> lineOfRequest = new ConcurrentHashMap<>();
  private long line = -1;
  private long sent;
  private ExtractTimelineRequest next;
  private boolean eof;

  BatchInput(
      BufferedReader reader,
      ExtractionOptions options,
      Consumer<BatchExtractTimelineResponse> onBadLine) {
    this.reader = reader;
    this.options = options;
    this.onBadLine = onBadLine;
  }

  @Override
  public boolean hasNext() {
    while (next == null && !eof) {
      String text;
      try {
        text = reader.readLine();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (text == null) {
        eof = true;
      } else {
        line++;
        if (!text.isBlank()) {
          next = parse(text);
        }
      }
    }
    return next != null;
  }

  @Override
  public ExtractTimelineRequest next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    ExtractTimelineRequest r = next;
    next = null;
    lineOfRequest.put(sent++, line);
    return r;
  }

  /** The response with its {@code sequence} replaced by the zero-based input line it answers. */
  BatchExtractTimelineResponse onLines(BatchExtractTimelineResponse r) {
    Long inputLine = lineOfRequest.remove(r.getSequence());
    return inputLine == null ? r : r.toBuilder().setSequence(inputLine).build();
  }

  /** The request of one line, or null after reporting the line as an error entry. */
  private ExtractTimelineRequest parse(String json) {
    String id = "line-" + (line + 1);
    Struct.Builder doc = Struct.newBuilder();
    try {
      JSON.merge(json, doc);
    } catch (InvalidProtocolBufferException | RuntimeException e) {
      return bad(id, "line " + (line + 1) + " is not a JSON object: " + firstLine(e.getMessage()), null);
    }
    Map<String, Value> fields = doc.getFieldsMap();
    for (String key : new String[] {"id", "text", "published", "time", "zone"}) {
      Value v = fields.get(key);
      if (v != null && v.getKindCase() != Value.KindCase.STRING_VALUE) {
        return bad(string(fields, "id", id), "line " + (line + 1) + ": \"" + key + "\" must be a string", key);
      }
    }
    id = string(fields, "id", id);
    ExtractTimelineRequest.Builder r =
        ExtractTimelineRequest.newBuilder()
            .setDocumentId(id)
            .setText(string(fields, "text", ""))
            .setOptions(options);
    if (fields.containsKey("published") || fields.containsKey("time") || fields.containsKey("zone")) {
      r.setPublicationDate(
          PublicationDate.newBuilder()
              .setDate(string(fields, "published", ""))
              .setTime(string(fields, "time", ""))
              .setTimeZone(string(fields, "zone", "")));
    }
    return r.build();
  }

  private ExtractTimelineRequest bad(String id, String message, String field) {
    DocumentError.Builder error =
        DocumentError.newBuilder().setCode(Status.Code.INVALID_ARGUMENT.value()).setMessage(message);
    if (field != null) {
      error.addFieldViolations(
          FieldViolation.newBuilder().setField(field).setDescription("must be a JSON string"));
    }
    onBadLine.accept(
        BatchExtractTimelineResponse.newBuilder()
            .setDocumentId(id)
            .setSequence(line)
            .setError(error)
            .build());
    return null;
  }

  private static String string(Map<String, Value> fields, String key, String otherwise) {
    Value v = fields.get(key);
    return v == null ? otherwise : v.getStringValue();
  }

  /** The parser's complaint without the exception class it wraps: "Expected ':' at ...". */
  private static String firstLine(String s) {
    String line = s == null ? "" : s.lines().findFirst().orElse("");
    return line.replaceFirst("^[\\w.$]+(Exception|Error): ", "");
  }
}
