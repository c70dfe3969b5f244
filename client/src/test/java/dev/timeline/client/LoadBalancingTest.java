package dev.timeline.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.engine.Engines;
import dev.timeline.engine.TimelineEngine;
import dev.timeline.server.ServerConfig;
import dev.timeline.server.TimelineServer;
import dev.timeline.server.TimelineServerModule;
import io.grpc.EquivalentAddressGroup;
import io.grpc.NameResolver;
import io.grpc.NameResolverProvider;
import io.grpc.NameResolverRegistry;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Client-side round-robin over two separate Netty servers on loopback: calls reach both, and the
 * client keeps working when one of them goes away. The two addresses come from a resolver for
 * {@code loopback-list:///port1,port2}, standing in for the DNS answer of a headless service.
 */
class LoadBalancingTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2014, 9, 16);
  private static final LoopbackListResolver RESOLVER = new LoopbackListResolver();

  private static TimelineServer first;
  private static TimelineServer second;

  @BeforeAll
  static void start() {
    NameResolverRegistry.getDefaultRegistry().register(RESOLVER);
    TimelineEngine engine = Engines.standard();
    ServerConfig config =
        ServerConfig.defaults().withPort(0).withMetricsPort(0).withShutdownGrace(Duration.ofSeconds(2));
    first = TimelineServer.start(new TimelineServerModule(config, () -> engine));
    second = TimelineServer.start(new TimelineServerModule(config, () -> engine));
  }

  @AfterAll
  static void stop() {
    NameResolverRegistry.getDefaultRegistry().deregister(RESOLVER);
    first.stop();
    second.stop();
  }

  @Test
  void roundRobinSpreadsCallsAndSurvivesALostServer() throws Exception {
    String target = "loopback-list:///" + first.port() + "," + second.port();
    try (TimelineClient client = TimelineClient.builder(target).roundRobin()
        .deadline(Duration.ofSeconds(30)).build()) {
      for (int i = 0; i < 10; i++) {
        assertThat(client.extract("lb-" + i, "Talks began on Monday.", PUBLISHED).getDocumentId())
            .isEqualTo("lb-" + i);
      }
      double firstCalls = okCalls(first);
      double secondCalls = okCalls(second);
      assertThat(firstCalls + secondCalls).isEqualTo(10);
      // round_robin alternates over ready connections: both servers get a fair share.
      assertThat(firstCalls).isBetween(3.0, 7.0);
      assertThat(secondCalls).isBetween(3.0, 7.0);

      first.stop();
      for (int i = 0; i < 6; i++) {
        assertThat(client.extract("after-" + i, "Talks ended on Friday.", PUBLISHED).getDocumentId())
            .isEqualTo("after-" + i);
      }
      assertThat(okCalls(second)).isEqualTo(secondCalls + 6);
    }
  }

  /** Successful ExtractTimeline calls a server counted, read from its Prometheus endpoint. */
  private static double okCalls(TimelineServer server) throws Exception {
    String body = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.metricsPort() + "/metrics"))
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
