package dev.timeline.server;

import static dev.timeline.server.TimelineServiceTest.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.proto.v1.TimelineServiceGrpc;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Logs say which document, how big, how long and how it ended; never what it says. */
class LoggingTest {
  @Test
  void logsIdsSizesAndStatusButNotTheText() {
    String secret = "Confidential source Zebedee met the minister on Tuesday.";
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.err;
    // slf4j-simple looks System.err up on every message, so swapping it captures the log.
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try (EmbeddedServer server = EmbeddedServer.start()) {
      var stub = TimelineServiceGrpc.newBlockingStub(server.channel());
      stub.extractTimeline(request("log-ok", secret));
      TimelineServiceTest.failure(
          () -> stub.extractTimeline(request("log-bad", secret).toBuilder().setLanguage("fr").build()));
    } finally {
      System.setErr(original);
    }
    String log = captured.toString(StandardCharsets.UTF_8);
    assertThat(log)
        .contains("id=log-ok", "chars=" + secret.length(), "status=OK")
        .contains("id=log-bad", "status=INVALID_ARGUMENT")
        .doesNotContain("Zebedee");
  }
}
