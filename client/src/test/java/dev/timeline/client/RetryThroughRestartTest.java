package dev.timeline.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.timeline.engine.Engines;
import dev.timeline.engine.TimelineEngine;
import dev.timeline.server.ServerConfig;
import dev.timeline.server.TimelineServer;
import dev.timeline.server.TimelineServerModule;
import io.grpc.Status;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A client built with {@code .retries(n)} keeps working while its server restarts on the same
 * loopback port; one without retries sees the restart as UNAVAILABLE.
 */
class RetryThroughRestartTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2014, 9, 16);
  private static final String TEXT = "Talks began on Monday.";

  private static TimelineEngine engine;

  @BeforeAll
  static void loadEngine() {
    engine = Engines.standard();
  }

  private static TimelineServer serve(int port) {
    ServerConfig config =
        ServerConfig.defaults().withPort(port).withShutdownGrace(Duration.ofSeconds(2));
    return TimelineServer.start(new TimelineServerModule(config, () -> engine));
  }

  @Test
  void callsMadeWhileTheServerIsDownSucceedOnceItIsBack() throws Exception {
    TimelineServer server = serve(0);
    int port = server.port();
    TimelineServer restarted = null;
    try (TimelineClient client =
        TimelineClient.builder("127.0.0.1:" + port).retries(8).deadline(Duration.ofSeconds(30)).build()) {
      assertThat(client.extract("before", TEXT, PUBLISHED).getDocumentId()).isEqualTo("before");

      server.stop();
      // Sent while nothing listens on the port: the first attempts fail with UNAVAILABLE.
      CompletableFuture<String> during =
          CompletableFuture.supplyAsync(() -> client.extract("during", TEXT, PUBLISHED).getDocumentId());
      Thread.sleep(500);
      assertThat(during).isNotDone();
      restarted = serve(port);

      assertThat(during.get(30, TimeUnit.SECONDS)).isEqualTo("during");
      assertThat(client.extract("after", TEXT, PUBLISHED).getDocumentId()).isEqualTo("after");
    } finally {
      if (restarted != null) {
        restarted.stop();
      }
    }
  }

  @Test
  void withoutRetriesARestartIsUnavailable() {
    TimelineServer server = serve(0);
    try (TimelineClient client = TimelineClient.forTarget("127.0.0.1:" + server.port())) {
      assertThat(client.extract("before", TEXT, PUBLISHED).getDocumentId()).isEqualTo("before");
      server.stop();
      assertThatThrownBy(() -> client.extract("during", TEXT, PUBLISHED))
          .isInstanceOfSatisfying(
              TimelineException.class,
              e -> assertThat(e.code()).isEqualTo(Status.Code.UNAVAILABLE));
    }
  }

  @Test
  void attemptsAreBounded() {
    var builder = TimelineClient.builder("127.0.0.1:1");
    assertThatThrownBy(() -> builder.retries(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.retries(TimelineClient.MAX_ATTEMPTS + 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
