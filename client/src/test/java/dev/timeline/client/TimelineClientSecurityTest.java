package dev.timeline.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.timeline.server.BearerToken;
import dev.timeline.server.ServerConfig;
import dev.timeline.server.TestPki;
import dev.timeline.server.TimelineServer;
import dev.timeline.server.TimelineServerModule;
import dev.timeline.server.TransportSecurity;
import dev.timeline.engine.Engines;
import dev.timeline.engine.TimelineEngine;
import io.grpc.Status;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The builder's TLS, client-certificate and bearer-token options against a real mTLS server. */
class TimelineClientSecurityTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2014, 9, 16);
  private static final String TOKEN = "client-test-token";

  @TempDir static Path dir;
  private static TestPki pki;
  private static TimelineServer server;

  @BeforeAll
  static void start() {
    pki = TestPki.create(dir);
    TimelineEngine engine = Engines.standard();
    ServerConfig config = ServerConfig.defaults().withPort(0)
        .withTls(TransportSecurity.tls(pki.serverCert, pki.serverKey)
            .requireClientCertificates(pki.caCert))
        .withAuthToken(BearerToken.of(TOKEN));
    server = TimelineServer.start(new TimelineServerModule(config, () -> engine));
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  private TimelineClient.Builder mutualTls() {
    return TimelineClient.builder("localhost:" + server.port())
        .trustRoots(pki.caCert)
        .clientCertificate(pki.clientCert, pki.clientKey)
        .deadline(Duration.ofSeconds(30));
  }

  @Test
  void certificateAndTokenGetAnAnswer() {
    try (TimelineClient client = mutualTls().bearerToken(TOKEN).build()) {
      assertThat(client.extract("sec-1", "Talks began on Monday.", PUBLISHED).getDocumentId())
          .isEqualTo("sec-1");
    }
  }

  @Test
  void aWrongTokenIsUnauthenticated() {
    try (TimelineClient client = mutualTls().bearerToken("not-" + TOKEN).build()) {
      TimelineException e = catchThrowableOfType(TimelineException.class,
          () -> client.extract("sec-2", "Talks began on Monday.", PUBLISHED));
      assertThat(e).isNotNull();
      assertThat(e.code()).isEqualTo(Status.Code.UNAUTHENTICATED);
    }
  }

  @Test
  void withoutAClientCertificateTheHandshakeFails() {
    try (TimelineClient client = TimelineClient.builder("localhost:" + server.port())
        .trustRoots(pki.caCert).bearerToken(TOKEN).deadline(Duration.ofSeconds(10)).build()) {
      TimelineException e = catchThrowableOfType(TimelineException.class,
          () -> client.extract("sec-3", "Talks began on Monday.", PUBLISHED));
      assertThat(e).isNotNull();
      assertThat(e.code()).isEqualTo(Status.Code.UNAVAILABLE);
    }
  }
}
