package dev.timeline.server;

import dev.timeline.proto.v1.BatchExtractTimelineRequest;
import dev.timeline.proto.v1.BatchExtractTimelineResponse;
import dev.timeline.proto.v1.ExtractTimelineRequest;
import dev.timeline.proto.v1.TimelineServiceGrpc;
import io.grpc.Channel;
import io.grpc.stub.StreamObserver;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** Sends documents over one batch stream and collects every answer. */
final class Batches {
  private Batches() {}

  static List<BatchExtractTimelineResponse> collect(
      Channel channel, List<ExtractTimelineRequest> documents) throws Exception {
    List<BatchExtractTimelineResponse> received = new CopyOnWriteArrayList<>();
    CompletableFuture<List<BatchExtractTimelineResponse>> done = new CompletableFuture<>();
    StreamObserver<BatchExtractTimelineRequest> requests =
        TimelineServiceGrpc.newStub(channel)
            .batchExtractTimeline(
                new StreamObserver<>() {
                  @Override
                  public void onNext(BatchExtractTimelineResponse value) {
                    received.add(value);
                  }

                  @Override
                  public void onError(Throwable t) {
                    done.completeExceptionally(t);
                  }

                  @Override
                  public void onCompleted() {
                    done.complete(List.copyOf(received));
                  }
                });
    for (var document : documents) {
      requests.onNext(BatchExtractTimelineRequest.newBuilder().setRequest(document).build());
    }
    requests.onCompleted();
    return done.get(60, TimeUnit.SECONDS);
  }
}
