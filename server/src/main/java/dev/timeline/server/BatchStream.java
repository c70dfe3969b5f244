package dev.timeline.server;

import dev.timeline.proto.v1.BatchExtractTimelineRequest;
import dev.timeline.proto.v1.BatchExtractTimelineResponse;
import io.grpc.Context;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * One BatchExtractTimeline stream with manual flow control: at most {@code window} documents are
 * requested from the client and not yet answered, and a new one is requested only when the
 * outbound side is ready, so neither a fast sender nor a slow reader makes the server buffer
 * without bound. Responses go out in completion order, each with its request's sequence number.
 */
final class BatchStream implements StreamObserver<BatchExtractTimelineRequest> {
  /** Processes one document; must not throw. */
  @FunctionalInterface
  interface DocumentHandler {
    BatchExtractTimelineResponse handle(
        BatchExtractTimelineRequest request, long sequence, Context context);
  }

  private final ServerCallStreamObserver<BatchExtractTimelineResponse> out;
  private final DocumentHandler handler;
  private final Executor workers;
  private final Context context = Context.current();
  private final Object lock = new Object();

  // Guarded by lock.
  private long nextSequence;
  private int inFlight;
  private int owedRequests;
  private boolean inputDone;
  private boolean finished;

  BatchStream(
      ServerCallStreamObserver<BatchExtractTimelineResponse> out,
      DocumentHandler handler,
      Executor workers,
      int window) {
    this.out = out;
    this.handler = handler;
    this.workers = workers;
    out.disableAutoRequest();
    out.setOnCancelHandler(this::onCancelled);
    out.setOnReadyHandler(this::onReady);
    out.request(window);
  }

  @Override
  public void onNext(BatchExtractTimelineRequest request) {
    long sequence;
    synchronized (lock) {
      if (finished) {
        return;
      }
      sequence = nextSequence++;
      inFlight++;
    }
    Runnable task = context.wrap(() -> complete(handler.handle(request, sequence, context)));
    try {
      workers.execute(task);
    } catch (RejectedExecutionException e) {
      complete(
          BatchExtractTimelineResponse.newBuilder()
              .setDocumentId(request.getRequest().getDocumentId())
              .setSequence(sequence)
              .setError(ErrorMapping.documentError(ErrorMapping.statusOf(e, context)))
              .build());
    }
  }

  @Override
  public void onError(Throwable t) {
    onCancelled();
  }

  @Override
  public void onCompleted() {
    synchronized (lock) {
      inputDone = true;
      finishIfDone();
    }
  }

  private void complete(BatchExtractTimelineResponse response) {
    synchronized (lock) {
      if (finished) {
        return;
      }
      out.onNext(response);
      inFlight--;
      if (out.isReady()) {
        out.request(1);
      } else {
        owedRequests++;
      }
      finishIfDone();
    }
  }

  private void onReady() {
    synchronized (lock) {
      if (!finished && owedRequests > 0) {
        out.request(owedRequests);
        owedRequests = 0;
      }
    }
  }

  private void onCancelled() {
    synchronized (lock) {
      finished = true;
    }
  }

  private void finishIfDone() {
    if (inputDone && inFlight == 0 && !finished) {
      finished = true;
      out.onCompleted();
    }
  }
}
