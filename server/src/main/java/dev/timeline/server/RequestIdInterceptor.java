package dev.timeline.server;

import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.ForwardingServerCall;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every call a request id: the caller's {@code x-request-id} header when it is a sane token,
 * else a fresh UUID. The id is echoed in the response headers (or trailers, for calls that end
 * without headers), replaces the header for the interceptors further in, and is in the call's
 * {@link Context} for the log lines of the service.
 */
final class RequestIdInterceptor implements ServerInterceptor {
  static final Metadata.Key<String> HEADER =
      Metadata.Key.of("x-request-id", Metadata.ASCII_STRING_MARSHALLER);
  static final Context.Key<String> KEY = Context.key("timeline-request-id");

  // A caller's id goes into our logs: short, and no characters that could forge log lines.
  private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:/+=-]{1,128}");

  /** The request id of the call that {@code context} belongs to, or "-" outside a call. */
  static String of(Context context) {
    String id = KEY.get(context);
    return id == null ? "-" : id;
  }

  @Override
  public <Q, R> ServerCall.Listener<Q> interceptCall(
      ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
    String given = headers.get(HEADER);
    String id = given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
    headers.discardAll(HEADER);
    headers.put(HEADER, id);
    ServerCall<Q, R> echoing =
        new ForwardingServerCall.SimpleForwardingServerCall<>(call) {
          private boolean headersSent;

          @Override
          public void sendHeaders(Metadata responseHeaders) {
            responseHeaders.put(HEADER, id);
            headersSent = true;
            super.sendHeaders(responseHeaders);
          }

          @Override
          public void close(Status status, Metadata trailers) {
            if (!headersSent) {
              trailers.put(HEADER, id);
            }
            super.close(status, trailers);
          }
        };
    return Contexts.interceptCall(Context.current().withValue(KEY, id), echoing, headers, next);
  }
}
