package dev.timeline.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.util.JsonFormat;
import dev.timeline.proto.v1.BatchExtractTimelineResponse;
import dev.timeline.proto.v1.ExtractTimelineResponse;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads responses saved by the CLI (a file that holds something else is an {@link
 * IllegalArgumentException} naming the file and the object), in proto3 JSON ({@code JsonFormat}): the output of {@code
 * timeline extract --format json} (one pretty-printed {@code ExtractTimelineResponse} per input
 * file, one after another) and of {@code timeline batch} (one {@code
 * BatchExtractTimelineResponse} per line; failed documents are skipped and counted).
 */
final class SavedResponses {
  /** What a file held: its responses and how many failed batch entries were skipped. */
  record Read(List<ExtractTimelineResponse> responses, int failed) {}

  private SavedResponses() {}

  static Read read(Path file) throws IOException {
    List<ExtractTimelineResponse> responses = new ArrayList<>();
    int failed = 0;
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      JsonReader json = new JsonReader(in);
      json.setLenient(true); // several top-level objects, one after another
      int index = 0;
      while (json.peek() != JsonToken.END_DOCUMENT) {
        index++;
        JsonElement element;
        try {
          element = JsonParser.parseReader(json);
        } catch (JsonParseException e) {
          throw new IllegalArgumentException(
              file + ": object " + index + " is not JSON: " + e.getMessage(), e);
        }
        if (!element.isJsonObject()) {
          throw new IllegalArgumentException(file + ": object " + index + " is not a JSON object");
        }
        JsonObject o = element.getAsJsonObject();
        if (o.has("result") || o.has("error")) {
          BatchExtractTimelineResponse.Builder b = BatchExtractTimelineResponse.newBuilder();
          merge(file, index, o, b);
          if (b.hasResult()) {
            responses.add(b.getResult());
          } else {
            failed++;
          }
        } else {
          ExtractTimelineResponse.Builder b = ExtractTimelineResponse.newBuilder();
          merge(file, index, o, b);
          responses.add(b.build());
        }
      }
    }
    if (responses.isEmpty() && failed == 0) {
      throw new IllegalArgumentException(file + ": no response in the file");
    }
    return new Read(responses, failed);
  }

  private static void merge(Path file, int index, JsonObject o, Message.Builder b) {
    try {
      JsonFormat.parser().merge(o.toString(), b);
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalArgumentException(file + ": object " + index + " is not a saved timeline response ("
          + e.getMessage() + "); save one with 'timeline extract --format json'", e);
    }
  }
}
