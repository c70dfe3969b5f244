package dev.timeline.server;

import io.grpc.ForwardingServerCall;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/** Counts calls by method and status code and times them, refused ones included. */
final class MetricsInterceptor implements ServerInterceptor {
  private final ServerMetrics metrics;

  MetricsInterceptor(ServerMetrics metrics) {
    this.metrics = Objects.requireNonNull(metrics);
  }

  @Override
  public <Q, R> ServerCall.Listener<Q> interceptCall(
      ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
    long started = System.nanoTime();
    String method = call.getMethodDescriptor().getBareMethodName();
    AtomicBoolean closed = new AtomicBoolean();
    metrics.callStarted();
    ServerCall<Q, R> timed =
        new ForwardingServerCall.SimpleForwardingServerCall<>(call) {
          @Override
          public void close(Status status, Metadata trailers) {
            if (closed.compareAndSet(false, true)) {
              metrics.callFinished(method, status.getCode().name(), System.nanoTime() - started);
            }
            super.close(status, trailers);
          }
        };
    ServerCall.Listener<Q> listener = next.startCall(timed, headers);
    return new io.grpc.ForwardingServerCallListener.SimpleForwardingServerCallListener<>(listener) {
      @Override
      public void onCancel() {
        // A call the client cancelled or whose deadline passed is never closed by the service.
        if (closed.compareAndSet(false, true)) {
          metrics.callFinished(method, Status.Code.CANCELLED.name(), System.nanoTime() - started);
        }
        super.onCancel();
      }
    };
  }
}
