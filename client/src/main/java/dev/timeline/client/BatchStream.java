package dev.timeline.client;

import dev.timeline.proto.v1.BatchExtractTimelineRequest;
import dev.timeline.proto.v1.BatchExtractTimelineResponse;
import dev.timeline.proto.v1.ExtractTimelineRequest;
import io.grpc.Status;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The responses of one batch call, in arrival order. {@link #hasNext()} blocks until the next
 * response, the end of the stream, or a failure of the whole stream ({@link TimelineException}).
 * Not thread-safe: one reader. Closing it before the end cancels the call.
 *
 * <p>Flow control both ways: a request is taken from the caller's iterator only when the transport
 * is ready for it, and the server may run only {@code window} responses ahead of the reader.
 */
public final class BatchStream implements Iterator<BatchExtractTimelineResponse>, AutoCloseable {
  private static final Object END = new Object();

  private record Failure(Throwable cause) {}

  private final Iterator<ExtractTimelineRequest> requests;
  private final int window;
  // Holds at most `window` responses plus one terminal marker: the server is never asked for more.
  private final BlockingQueue<Object> arrived = new LinkedBlockingQueue<>();
  private volatile ClientCallStreamObserver<BatchExtractTimelineRequest> call;
  private volatile RuntimeException requestFailure;
  private boolean sentAll; // touched only by gRPC's serialized on-ready callbacks
  private BatchExtractTimelineResponse next;
  private boolean finished;

  BatchStream(Iterator<ExtractTimelineRequest> requests, int window) {
    this.requests = requests;
    this.window = window;
  }

  ClientResponseObserver<BatchExtractTimelineRequest, BatchExtractTimelineResponse> observer() {
    return new ClientResponseObserver<>() {
      @Override
      public void beforeStart(ClientCallStreamObserver<BatchExtractTimelineRequest> c) {
        call = c;
        c.disableAutoRequestWithInitial(window);
        c.setOnReadyHandler(BatchStream.this::sendWhileReady);
      }

      @Override
      public void onNext(BatchExtractTimelineResponse response) {
        arrived.add(response);
      }

      @Override
      public void onError(Throwable t) {
        arrived.add(new Failure(t));
      }

      @Override
      public void onCompleted() {
        arrived.add(END);
      }
    };
  }

  private void sendWhileReady() {
    if (sentAll) {
      return;
    }
    try {
      while (call.isReady()) {
        if (!requests.hasNext()) {
          sentAll = true;
          call.onCompleted();
          return;
        }
        call.onNext(TimelineClient.batchRequest(requests.next()));
      }
    } catch (RuntimeException e) {
      // The caller's iterator broke (e.g. an unreadable input file): cancel, then report that.
      sentAll = true;
      requestFailure = e;
      call.onError(e);
    }
  }

  @Override
  public boolean hasNext() {
    if (next != null) {
      return true;
    }
    if (finished) {
      return false;
    }
    Object item;
    try {
      item = arrived.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      close();
      throw TimelineException.local(Status.Code.CANCELLED, "interrupted", e);
    }
    if (item == END) {
      finished = true;
      return false;
    }
    if (item instanceof Failure f) {
      finished = true;
      if (requestFailure != null) {
        throw requestFailure;
      }
      throw TimelineException.from(f.cause());
    }
    next = (BatchExtractTimelineResponse) item;
    call.request(1);
    return true;
  }

  @Override
  public BatchExtractTimelineResponse next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    BatchExtractTimelineResponse r = next;
    next = null;
    return r;
  }

  /** Cancels the call if responses are still due; a no-op after the end of the stream. */
  @Override
  public void close() {
    if (!finished) {
      finished = true;
      call.cancel("client closed the batch stream", null);
    }
  }
}
