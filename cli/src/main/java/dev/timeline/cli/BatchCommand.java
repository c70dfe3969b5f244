package dev.timeline.cli;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.util.JsonFormat;
import dev.timeline.proto.v1.BatchExtractTimelineResponse;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code timeline batch}: many documents from JSON lines over the streaming RPC. */
@Command(
    name = "batch",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Extracts the timelines of many documents (JSON lines) over the streaming RPC.",
      "Streams the documents of a JSON-lines file through the batch RPC and writes one JSON"
          + " BatchExtractTimelineResponse line per document, in the order they finish. Input"
          + " lines: {\"id\": ..., \"text\": ..., \"published\": \"YYYY-MM-DD\"} (optional \"time\","
          + " \"zone\"). Each output's sequence is the zero-based line number of its input; a bad"
          + " line gives an error entry and the batch goes on."
    },
    footer = {"%nExample:", "  timeline batch --input docs.jsonl --output out.jsonl"})
final class BatchCommand implements Callable<Integer> {
  // sequence 0 is printed too: every line names its input line.
  private static final JsonFormat.Printer JSON =
      JsonFormat.printer()
          .omittingInsignificantWhitespace()
          .includingDefaultValueFields(
              java.util.Set.of(
                  BatchExtractTimelineResponse.getDescriptor()
                      .findFieldByNumber(BatchExtractTimelineResponse.SEQUENCE_FIELD_NUMBER)));

  @Spec CommandSpec spec;

  @Option(names = "--input", required = true, paramLabel = "DOCS.jsonl", description = "Input documents; - reads stdin.")
  Path input;

  @Option(names = "--output", required = true, paramLabel = "OUT.jsonl", description = "Results; - writes stdout.")
  Path output;

  @Option(names = "--target", paramLabel = "HOST:PORT", description = "A running timeline server; default: in-process.")
  String target;

  @Mixin RequestOptions request;

  @Option(names = "--deadline", paramLabel = "SECONDS", description = "Deadline of the whole stream (default 3600).")
  long deadlineSeconds = 3600;

  @Override
  public Integer call() throws IOException {
    boolean stdin = input.toString().equals("-");
    boolean stdout = output.toString().equals("-");
    if (!stdin && !Files.isRegularFile(input)) {
      throw new NoSuchFileException(input.toString());
    }
    int[] counts = new int[2]; // ok, failed; written under the sink's lock
    try (BufferedReader in =
            stdin
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                : Files.newBufferedReader(input, StandardCharsets.UTF_8);
        Writer out =
            stdout
                ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                : Files.newBufferedWriter(output, StandardCharsets.UTF_8);
        Connection connection = Connection.open(target, Duration.ofSeconds(deadlineSeconds))) {
      // Bad lines are reported from the stream's thread, results from this one: one lock for both.
      Object lock = new Object();
      java.util.function.Consumer<BatchExtractTimelineResponse> sink =
          r -> {
            synchronized (lock) {
              write(out, r);
              counts[r.hasError() ? 1 : 0]++;
            }
          };
      BatchInput documents = new BatchInput(in, request.proto(), sink);
      try {
        connection.client().batch(() -> documents, r -> sink.accept(documents.onLines(r)));
      } catch (dev.timeline.client.TimelineException e) {
        throw connection.explain(e);
      }
      out.flush();
    }
    spec.commandLine()
        .getErr()
        .printf(
            "timeline batch: %d documents, %d ok, %d failed; results in %s%n",
            counts[0] + counts[1], counts[0], counts[1], stdout ? "stdout" : output);
    return 0;
  }

  private static void write(Writer out, BatchExtractTimelineResponse r) {
    try {
      out.write(JSON.print(r));
      out.write('\n');
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
