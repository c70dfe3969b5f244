package dev.timeline.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerArgsTest {
  @Test
  void defaultsWithoutOptionsOrEnvironment() {
    ServerConfig c = ServerArgs.parse(new String[0], Map.of());
    assertThat(c.port()).isEqualTo(50051);
    assertThat(c.maxTextLength()).isEqualTo(1_000_000);
    assertThat(c).isEqualTo(ServerConfig.defaults());
  }

  @Test
  void environmentSetsAndOptionsOverride() {
    ServerConfig c =
        ServerArgs.parse(
            new String[] {"--port", "0", "--max-text-length=5000", "--shutdown-grace-seconds", "3"},
            Map.of("TIMELINE_PORT", "6000", "TIMELINE_WORKER_THREADS", "3"));
    assertThat(c.port()).isZero();
    assertThat(c.maxTextLength()).isEqualTo(5000);
    assertThat(c.workerThreads()).isEqualTo(3);
    assertThat(c.shutdownGrace()).isEqualTo(Duration.ofSeconds(3));
    assertThat(ServerArgs.parse(new String[0], Map.of("TIMELINE_PORT", "6000")).port())
        .isEqualTo(6000);
  }

  @Test
  void badOptionsAreExplained() {
    assertThatThrownBy(() -> ServerArgs.parse(new String[] {"--port", "http"}, Map.of()))
        .hasMessageContaining("--port")
        .hasMessageContaining("'http'");
    assertThatThrownBy(() -> ServerArgs.parse(new String[] {"--port", "70000"}, Map.of()))
        .hasMessageContaining("0..65535");
    assertThatThrownBy(() -> ServerArgs.parse(new String[] {"--colour"}, Map.of()))
        .hasMessageContaining("unknown option --colour");
    assertThatThrownBy(() -> ServerArgs.parse(new String[] {"--worker-threads"}, Map.of()))
        .hasMessageContaining("needs a value");
    assertThatThrownBy(() -> ServerArgs.parse(new String[0], Map.of("TIMELINE_PORT", "-1")))
        .hasMessageContaining("TIMELINE_PORT");
  }

  @Test
  void mainPrintsHelpAndRejectsBadOptions() {
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    assertThat(TimelineServerMain.serve(new String[] {"--help"}, Map.of(), print(out), print(err)))
        .isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("--port").contains("TIMELINE_PORT");
    assertThat(TimelineServerMain.serve(new String[] {"--nope"}, Map.of(), print(out), print(err)))
        .isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option --nope");
  }

  private static PrintStream print(ByteArrayOutputStream buffer) {
    return new PrintStream(buffer, true, StandardCharsets.UTF_8);
  }
}
