package dev.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.server.ServerConfig;
import dev.timeline.server.TimelineServer;
import dev.timeline.server.TimelineServerModule;
import dev.timeline.engine.Engines;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The load test against a real server on loopback, and its refusal of other targets. */
class LoadTestCommandTest {
  private static final String ARTICLE =
      Path.of(System.getProperty("timeline.testdata"), "articles", "loadtest-harbour.txt").toString();

  @Test
  void refusesTargetsThatAreNotLoopback() {
    CliRun run = CliRun.of("loadtest", "--target", "192.0.2.10:50051", "--requests", "1",
        "--article", ARTICLE);
    assertThat(run.status()).isEqualTo(TimelineCli.USAGE);
    assertThat(run.err()).contains("not a loopback address", "--allow-remote");
  }

  @Test
  void unaryAndStreamRunsStopAtTheRequestBudgetAndReportPercentiles() {
    var engine = Engines.standard();
    try (TimelineServer server = TimelineServer.start(new TimelineServerModule(
        ServerConfig.defaults().withPort(0).withMetricsPort(0).withShutdownGrace(Duration.ZERO),
        () -> engine))) {
      CliRun unary = CliRun.of("loadtest", "--target", "localhost:" + server.port(),
          "--concurrency", "2", "--requests", "6", "--warmup", "0", "--article", ARTICLE,
          "--metrics", "http://127.0.0.1:" + server.metricsPort() + "/metrics");
      assertThat(unary.status()).as(unary.err()).isZero();
      assertThat(unary.out()).contains("mode=unary", "ok=6 errors=0", "p50=", "p999=",
          "server peak heap:");

      CliRun stream = CliRun.of("loadtest", "--target", "127.0.0.1:" + server.port(),
          "--mode", "stream", "--stream-batch", "3", "--requests", "5", "--warmup", "0",
          "--article", ARTICLE);
      assertThat(stream.status()).as(stream.err()).isZero();
      assertThat(stream.out()).contains("mode=stream", "ok=5 errors=0");
    }
  }
}
