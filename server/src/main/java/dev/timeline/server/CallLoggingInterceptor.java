package dev.timeline.server;

import io.grpc.ForwardingServerCall;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs each call as key=value pairs: request id, method, final status and duration (never
 * message contents). Successful calls at DEBUG only; the service logs each document at INFO.
 */
final class CallLoggingInterceptor implements ServerInterceptor {
  private static final Logger log = LoggerFactory.getLogger(CallLoggingInterceptor.class);

  @Override
  public <Q, R> ServerCall.Listener<Q> interceptCall(
      ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
    long started = System.nanoTime();
    String method = call.getMethodDescriptor().getBareMethodName();
    String requestId = headers.get(RequestIdInterceptor.HEADER); // set by RequestIdInterceptor
    ServerCall<Q, R> logged =
        new ForwardingServerCall.SimpleForwardingServerCall<>(call) {
          @Override
          public void close(Status status, Metadata trailers) {
            if (log.isDebugEnabled() || !status.isOk()) {
              log.info(
                  "call request_id={} method={} status={} duration_ms={}",
                  requestId,
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
