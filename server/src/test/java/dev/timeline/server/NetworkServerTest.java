package dev.timeline.server;

import static dev.timeline.server.TimelineServiceTest.failure;
import static dev.timeline.server.TimelineServiceTest.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.proto.v1.TimelineServiceGrpc;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.reflection.v1.ServerReflectionGrpc;
import io.grpc.reflection.v1.ServerReflectionRequest;
import io.grpc.reflection.v1.ServerReflectionResponse;
import io.grpc.reflection.v1.ServiceResponse;
import io.grpc.stub.StreamObserver;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real server over Netty on a loopback port chosen by the OS. */
class NetworkServerTest {
  private static TimelineServer server;
  private static ManagedChannel channel;

  @BeforeAll
  static void start() {
    server =
        TimelineServer.start(
            new TimelineServerModule(ServerConfig.defaults().withPort(0), SharedEngine::get));
    channel = connect(server.port());
  }

  @AfterAll
  static void stop() throws InterruptedException {
    channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    server.stop();
  }

  static ManagedChannel connect(int port) {
    return Grpc.newChannelBuilderForAddress("127.0.0.1", port, InsecureChannelCredentials.create())
        .build();
  }

  @Test
  void listensOnTheChosenPort() {
    assertThat(server.port()).isPositive().isNotEqualTo(ServerConfig.DEFAULT_PORT);
  }

  @Test
  void healthIsServing() {
    var health = HealthGrpc.newBlockingStub(channel).withDeadlineAfter(5, TimeUnit.SECONDS);
    assertThat(health.check(HealthCheckRequest.getDefaultInstance()).getStatus())
        .isEqualTo(ServingStatus.SERVING);
    assertThat(
            health
                .check(
                    HealthCheckRequest.newBuilder()
                        .setService(TimelineServiceGrpc.SERVICE_NAME)
                        .build())
                .getStatus())
        .isEqualTo(ServingStatus.SERVING);
  }

  @Test
  void reflectionListsAndDescribesOurService() throws Exception {
    var listed =
        reflect(ServerReflectionRequest.newBuilder().setListServices("").build())
            .getListServicesResponse()
            .getServiceList()
            .stream()
            .map(ServiceResponse::getName)
            .toList();
    assertThat(listed).contains("timeline.v1.TimelineService", "grpc.health.v1.Health");

    var files =
        reflect(
                ServerReflectionRequest.newBuilder()
                    .setFileContainingSymbol("timeline.v1.TimelineService")
                    .build())
            .getFileDescriptorResponse()
            .getFileDescriptorProtoList();
    var proto = com.google.protobuf.DescriptorProtos.FileDescriptorProto.parseFrom(files.get(0));
    assertThat(proto.getName()).isEqualTo("timeline/v1/timeline.proto");
    assertThat(proto.getService(0).getMethodList())
        .extracting(m -> m.getName())
        .containsExactly("ExtractTimeline", "BatchExtractTimeline");
  }

  @Test
  void answersAUnaryCallOverTcp() {
    var response =
        TimelineServiceGrpc.newBlockingStub(channel)
            .withDeadlineAfter(30, TimeUnit.SECONDS)
            .extractTimeline(request("tcp-1", "Russia changed its tune on Monday."));
    assertThat(response.getDocumentId()).isEqualTo("tcp-1");
    assertThat(response.getSentencesList()).isNotEmpty();
  }

  @Test
  void invalidRequestDetailsSurviveTheWire() {
    var e =
        failure(
            () ->
                TimelineServiceGrpc.newBlockingStub(channel)
                    .extractTimeline(request("x", "").toBuilder().setLanguage("fr").build()));
    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    assertThat(TimelineServiceTest.fieldsOf(e)).containsExactlyInAnyOrder("text", "language");
  }

  @Test
  void messagesOverTheTransportLimitAreRefused() throws Exception {
    ServerConfig small =
        ServerConfig.defaults().withPort(0).withMaxInboundMessageBytes(64 * 1024);
    try (TimelineServer limited =
        TimelineServer.start(new TimelineServerModule(small, SharedEngine::get))) {
      ManagedChannel limitedChannel = connect(limited.port());
      try {
        var e =
            failure(
                () ->
                    TimelineServiceGrpc.newBlockingStub(limitedChannel)
                        .withDeadlineAfter(10, TimeUnit.SECONDS)
                        .extractTimeline(request("huge", "word ".repeat(20_000))));
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.RESOURCE_EXHAUSTED);
      } finally {
        limitedChannel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
      }
    }
  }

  @Test
  void gracefulStopFinishesInFlightCalls() throws Exception {
    var engine = StageEngines.withTagger(StageEngines.taking(1_500));
    TimelineServer slow =
        TimelineServer.start(
            new TimelineServerModule(
                ServerConfig.defaults().withPort(0).withShutdownGrace(Duration.ofSeconds(10)),
                () -> engine));
    ManagedChannel slowChannel = connect(slow.port());
    try {
      var inFlight =
          TimelineServiceGrpc.newFutureStub(slowChannel)
              .extractTimeline(request("in-flight", "Lavrov spoke on Sunday."));
      TimeUnit.MILLISECONDS.sleep(300);
      long stopping = System.nanoTime();
      CompletableFuture<Void> stopped = CompletableFuture.runAsync(slow::stop);
      assertThat(inFlight.get(10, TimeUnit.SECONDS).getDocumentId()).isEqualTo("in-flight");
      stopped.get(10, TimeUnit.SECONDS);
      assertThat(Duration.ofNanos(System.nanoTime() - stopping))
          .isLessThan(Duration.ofSeconds(10));
      var refused =
          failure(
              () ->
                  TimelineServiceGrpc.newBlockingStub(slowChannel)
                      .withDeadlineAfter(5, TimeUnit.SECONDS)
                      .extractTimeline(request("late", "Lavrov spoke.")));
      assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE);
    } finally {
      slowChannel.shutdownNow();
      slow.stop();
    }
  }

  private static ServerReflectionResponse reflect(ServerReflectionRequest request)
      throws Exception {
    CompletableFuture<ServerReflectionResponse> answer = new CompletableFuture<>();
    StreamObserver<ServerReflectionRequest> requests =
        ServerReflectionGrpc.newStub(channel)
            .serverReflectionInfo(
                new StreamObserver<>() {
                  @Override
                  public void onNext(ServerReflectionResponse value) {
                    answer.complete(value);
                  }

                  @Override
                  public void onError(Throwable t) {
                    answer.completeExceptionally(t);
                  }

                  @Override
                  public void onCompleted() {}
                });
    requests.onNext(request);
    requests.onCompleted();
    return answer.get(10, TimeUnit.SECONDS);
  }

}
