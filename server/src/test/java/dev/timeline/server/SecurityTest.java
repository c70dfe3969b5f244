package dev.timeline.server;

import static dev.timeline.server.TimelineServiceTest.failure;
import static dev.timeline.server.TimelineServiceTest.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.timeline.proto.v1.ExtractTimelineResponse;
import dev.timeline.proto.v1.TimelineServiceGrpc;
import io.grpc.CallCredentials;
import io.grpc.ChannelCredentials;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.TlsChannelCredentials;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.health.v1.HealthGrpc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TLS, mutual TLS and the bearer token against real Netty servers on loopback ports. */
class SecurityTest {
  private static final String TOKEN = "s3cret-token-for-tests";

  @TempDir static Path dir;
  private static TestPki pki;
  private static TimelineServer tls;
  private static TimelineServer mutual;
  private final List<ManagedChannel> channels = new ArrayList<>();

  @BeforeAll
  static void start() throws Exception {
    pki = TestPki.create(dir);
    Path tokenFile = Files.writeString(dir.resolve("token"), TOKEN + "\n");
    // Through the real option parser, as an operator would configure it.
    tls = TimelineServer.start(new TimelineServerModule(
        ServerArgs.parse(new String[] {
            "--port", "0", "--tls-cert", pki.serverCert.toString(),
            "--tls-key", pki.serverKey.toString(), "--auth-token-file", tokenFile.toString()},
            Map.of()),
        SharedEngine::get));
    mutual = TimelineServer.start(new TimelineServerModule(
        ServerArgs.parse(new String[] {"--port", "0"}, Map.of(
            "TIMELINE_TLS_CERT", pki.serverCert.toString(),
            "TIMELINE_TLS_KEY", pki.serverKey.toString(),
            "TIMELINE_TLS_CLIENT_CA", pki.caCert.toString())),
        SharedEngine::get));
  }

  @AfterAll
  static void stop() {
    tls.stop();
    mutual.stop();
  }

  @AfterEach
  void closeChannels() throws InterruptedException {
    for (ManagedChannel c : channels) {
      c.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }
  }

  @Test
  void tlsWithTheRightTokenAnswers() throws Exception {
    ExtractTimelineResponse r = stub(tlsChannel(tls), TOKEN)
        .extractTimeline(request("tls-1", "Lavrov spoke on Sunday."));
    assertThat(r.getDocumentId()).isEqualTo("tls-1");
  }

  @Test
  void missingOrWrongTokenIsUnauthenticated() throws Exception {
    ManagedChannel channel = tlsChannel(tls);
    var missing = failure(() -> stub(channel, null).extractTimeline(request("t", "Hello.")));
    assertThat(missing.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
    var wrong = failure(() -> stub(channel, TOKEN + "x").extractTimeline(request("t", "Hello.")));
    assertThat(wrong.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
    assertThat(wrong.getStatus().getDescription()).doesNotContain(TOKEN);
  }

  @Test
  void healthStaysOpenWithoutAToken() throws Exception {
    var health = HealthGrpc.newBlockingStub(tlsChannel(tls)).withDeadlineAfter(10, TimeUnit.SECONDS);
    assertThat(health.check(HealthCheckRequest.getDefaultInstance()).getStatus())
        .isEqualTo(ServingStatus.SERVING);
  }

  @Test
  void plaintextClientIsRefused() {
    ManagedChannel plain = track(Grpc.newChannelBuilderForAddress(
        "localhost", tls.port(), InsecureChannelCredentials.create()).build());
    var e = failure(() -> stub(plain, TOKEN).extractTimeline(request("p", "Hello.")));
    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE);
  }

  @Test
  void clientThatDoesNotTrustTheServerIsRefused() throws Exception {
    // The JDK's default trust store does not know our test CA.
    ManagedChannel untrusting = track(Grpc.newChannelBuilderForAddress(
        "localhost", tls.port(), TlsChannelCredentials.create()).build());
    var e = failure(() -> stub(untrusting, TOKEN).extractTimeline(request("u", "Hello.")));
    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE);
  }

  @Test
  void mutualTlsAcceptsACertificateSignedByTheClientCa() throws Exception {
    ManagedChannel channel = channel(mutual, TlsChannelCredentials.newBuilder()
        .trustManager(pki.caCert.toFile())
        .keyManager(pki.clientCert.toFile(), pki.clientKey.toFile())
        .build());
    assertThat(stub(channel, null).extractTimeline(request("m-1", "Talks began in 2003."))
        .getDocumentId()).isEqualTo("m-1");
  }

  @Test
  void mutualTlsRefusesClientsWithoutACertificate() throws Exception {
    ManagedChannel channel = tlsChannel(mutual);
    var e = failure(() -> stub(channel, null).extractTimeline(request("m", "Hello.")));
    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE);
  }

  @Test
  void mutualTlsRefusesCertificatesFromAnotherCa() throws Exception {
    ManagedChannel channel = channel(mutual, TlsChannelCredentials.newBuilder()
        .trustManager(pki.caCert.toFile())
        .keyManager(pki.rogueClientCert.toFile(), pki.rogueClientKey.toFile())
        .build());
    var e = failure(() -> stub(channel, null).extractTimeline(request("r", "Hello.")));
    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE);
  }

  @Test
  void tlsOptionsMustComeInPairs() {
    assertThatThrownBy(() -> ServerArgs.parse(
        new String[] {"--tls-cert", pki.serverCert.toString()}, Map.of()))
        .isInstanceOf(ServerArgs.UsageException.class)
        .hasMessageContaining("--tls-key");
    assertThatThrownBy(() -> ServerArgs.parse(
        new String[] {"--tls-client-ca", pki.caCert.toString()}, Map.of()))
        .isInstanceOf(ServerArgs.UsageException.class);
  }

  @Test
  void theTokenComesFromTheEnvironmentAndIsNeverPrinted() {
    ServerConfig config = ServerArgs.parse(new String[0], Map.of("TIMELINE_AUTH_TOKEN", TOKEN));
    assertThat(config.authToken()).hasValueSatisfying(t -> assertThat(t.matches(TOKEN)).isTrue());
    assertThat(config.toString()).doesNotContain(TOKEN);
  }

  private ManagedChannel tlsChannel(TimelineServer server) throws Exception {
    return channel(server, TlsChannelCredentials.newBuilder()
        .trustManager(pki.caCert.toFile()).build());
  }

  private ManagedChannel channel(TimelineServer server, ChannelCredentials credentials) {
    return track(Grpc.newChannelBuilderForAddress("localhost", server.port(), credentials).build());
  }

  private ManagedChannel track(ManagedChannel channel) {
    channels.add(channel);
    return channel;
  }

  private static TimelineServiceGrpc.TimelineServiceBlockingStub stub(
      ManagedChannel channel, String token) {
    var stub = TimelineServiceGrpc.newBlockingStub(channel).withDeadlineAfter(30, TimeUnit.SECONDS);
    return token == null ? stub : stub.withCallCredentials(bearer(token));
  }

  static CallCredentials bearer(String token) {
    return new CallCredentials() {
      @Override
      public void applyRequestMetadata(RequestInfo info, Executor executor, MetadataApplier applier) {
        Metadata headers = new Metadata();
        headers.put(BearerTokenInterceptor.AUTHORIZATION, "Bearer " + token);
        applier.apply(headers);
      }
    };
  }
}
