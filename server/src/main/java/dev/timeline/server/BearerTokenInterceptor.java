package dev.timeline.server;

import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import java.util.Objects;

/**
 * Refuses timeline calls without {@code authorization: Bearer <token>} matching the configured
 * token, with UNAUTHENTICATED before any request message is read. Installed on the timeline
 * service only: health and reflection stay open for probes and tooling.
 */
final class BearerTokenInterceptor implements ServerInterceptor {
  static final Metadata.Key<String> AUTHORIZATION =
      Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);
  private static final String SCHEME = "Bearer ";

  private final BearerToken token;

  BearerTokenInterceptor(BearerToken token) {
    this.token = Objects.requireNonNull(token);
  }

  @Override
  public <Q, R> ServerCall.Listener<Q> interceptCall(
      ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
    String header = headers.get(AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      return refuse(call, "missing bearer token");
    }
    if (!token.matches(header.substring(SCHEME.length()).strip())) {
      return refuse(call, "invalid bearer token");
    }
    return next.startCall(call, headers);
  }

  private static <Q, R> ServerCall.Listener<Q> refuse(ServerCall<Q, R> call, String why) {
    call.close(Status.UNAUTHENTICATED.withDescription(why), new Metadata());
    return new ServerCall.Listener<>() {};
  }
}
