package dev.timeline.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.server.TimelineServerMain;
import io.grpc.EquivalentAddressGroup;
import io.grpc.NameResolver;
import io.grpc.NameResolverProvider;
import io.grpc.NameResolverRegistry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Client-side round-robin over two server processes on loopback (the real {@code
 * TimelineServerMain}, each in its own JVM): calls reach both, and the client (with retries)
 * keeps working when one of them is killed. The two addresses come from a resolver for {@code
 * loopback-list:///port1,port2}, standing in for the DNS answer of a headless service.
 */
class LoadBalancingTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2014, 9, 16);
  private static final LoopbackListResolver RESOLVER = new LoopbackListResolver();
  private static final Pattern PORT = Pattern.compile("listening on port (\\d+)");
  private static final Pattern METRICS = Pattern.compile("Metrics on http://[^:]+:(\\d+)/");

  private static ServerProcess first;
  private static ServerProcess second;

  @BeforeAll
  static void start() throws IOException {
    NameResolverRegistry.getDefaultRegistry().register(RESOLVER);
    first = ServerProcess.start();
    second = ServerProcess.start();
  }

  @AfterAll
  static void stop() {
    NameResolverRegistry.getDefaultRegistry().deregister(RESOLVER);
    first.kill();
    second.kill();
  }

  @Test
  void roundRobinSpreadsCallsAndSurvivesAKilledServer() throws Exception {
    String target = "loopback-list:///" + first.port + "," + second.port;
    // With retries, as docs/operations.md configures a balanced client: a call the picker gives
    // to the killed server before the client has seen its connection break fails UNAVAILABLE
    // (a race that a loaded machine loses now and then) and goes to the other server.
    try (TimelineClient client = TimelineClient.builder(target).roundRobin().retries(4)
        .deadline(Duration.ofSeconds(30)).build()) {
      for (int i = 0; i < 10; i++) {
        assertThat(client.extract("lb-" + i, "Talks began on Monday.", PUBLISHED).getDocumentId())
            .isEqualTo("lb-" + i);
      }
      double firstCalls = okCalls(first.metricsPort);
      double secondCalls = okCalls(second.metricsPort);
      assertThat(firstCalls + secondCalls).isEqualTo(10);
      // round_robin alternates over ready connections: both servers get a fair share.
      assertThat(firstCalls).isBetween(3.0, 7.0);
      assertThat(secondCalls).isBetween(3.0, 7.0);

      first.kill(); // SIGKILL: no goodbye, the client finds out from the broken connection
      for (int i = 0; i < 6; i++) {
        assertThat(client.extract("after-" + i, "Talks ended on Friday.", PUBLISHED).getDocumentId())
            .isEqualTo("after-" + i);
      }
      assertThat(okCalls(second.metricsPort)).isEqualTo(secondCalls + 6);
    }
  }

  /** {@code TimelineServerMain --port 0 --metrics-port 0} in a JVM of its own, on this classpath. */
  private record ServerProcess(Process process, int port, int metricsPort) {
    static ServerProcess start() throws IOException {
      Path java = Path.of(System.getProperty("java.home"), "bin", "java");
      Process process = new ProcessBuilder(java.toString(), "-Xmx256m",
          "-cp", System.getProperty("java.class.path"), TimelineServerMain.class.getName(),
          "--port", "0", "--metrics-port", "0", "--shutdown-grace-seconds", "1")
          .redirectErrorStream(true)
          .start();
      BufferedReader out = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      int port = -1;
      int metricsPort = -1;
      for (String line; (port < 0 || metricsPort < 0) && (line = out.readLine()) != null; ) {
        Matcher p = PORT.matcher(line);
        Matcher m = METRICS.matcher(line);
        if (p.find()) {
          port = Integer.parseInt(p.group(1));
        } else if (m.find()) {
          metricsPort = Integer.parseInt(m.group(1));
        }
      }
      if (port < 0 || metricsPort < 0) {
        process.destroyForcibly();
        throw new IllegalStateException("the server process printed no ports");
      }
      Thread drain = new Thread(() -> out.lines().forEach(line -> {}), "server-output");
      drain.setDaemon(true);
      drain.start();
      return new ServerProcess(process, port, metricsPort);
    }

    void kill() {
      process.destroyForcibly();
      try {
        process.waitFor(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Successful ExtractTimeline calls a server counted, read from its Prometheus endpoint. */
  private static double okCalls(int metricsPort) throws Exception {
    String body = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + metricsPort + "/metrics"))
            .build(),
        HttpResponse.BodyHandlers.ofString()).body();
    Matcher m = Pattern.compile(
        "(?m)^timeline_calls_total\\{code=\"OK\",method=\"ExtractTimeline\"} (\\S+)$").matcher(body);
    return m.find() ? Double.parseDouble(m.group(1)) : 0;
  }

  /** Resolves {@code loopback-list:///p1,p2,...} to those ports on the loopback address. */
  private static final class LoopbackListResolver extends NameResolverProvider {
    @Override
    protected boolean isAvailable() {
      return true;
    }

    @Override
    protected int priority() {
      return 5;
    }

    @Override
    public String getDefaultScheme() {
      return "loopback-list";
    }

    @Override
    public NameResolver newNameResolver(URI uri, NameResolver.Args args) {
      if (!getDefaultScheme().equals(uri.getScheme())) {
        return null;
      }
      List<EquivalentAddressGroup> addresses =
          Arrays.stream(uri.getPath().substring(1).split(","))
              .map(port -> new EquivalentAddressGroup(
                  new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(port))))
              .toList();
      return new NameResolver() {
        @Override
        public String getServiceAuthority() {
          return "localhost";
        }

        @Override
        public void start(Listener2 listener) {
          listener.onResult(ResolutionResult.newBuilder().setAddresses(addresses).build());
        }

        @Override
        public void shutdown() {}
      };
    }
  }
}
