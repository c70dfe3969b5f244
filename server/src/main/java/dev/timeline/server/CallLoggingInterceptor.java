package dev.timeline.server;

import io.grpc.ForwardingServerCall;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs each call's method, final status and duration (never message contents). */
final class CallLoggingInterceptor implements ServerInterceptor {
  private static final Logger log = LoggerFactory.getLogger(CallLoggingInterceptor.class);

  @Override
  public <Q, R> ServerCall.Listener<Q> interceptCall(
      ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
    long started = System.nanoTime();
    String method = call.getMethodDescriptor().getBareMethodName();
    ServerCall<Q, R> logged =
        new ForwardingServerCall.SimpleForwardingServerCall<>(call) {
          @Override
          public void close(Status status, Metadata trailers) {
            if (log.isDebugEnabled() || !status.isOk()) {
              log.info(
                  "call {} finished {} in {} ms",
                  method,
                  status.getCode(),
                  (System.nanoTime() - started) / 1_000_000);
            }
            super.close(status, trailers);
          }
        };
    return next.startCall(logged, headers);
  }
}
