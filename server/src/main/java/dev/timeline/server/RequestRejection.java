package dev.timeline.server;

import com.google.protobuf.Any;
import com.google.rpc.BadRequest;
import com.google.rpc.Code;
import com.google.rpc.QuotaFailure;
import com.google.rpc.Status;
import java.util.List;

/**
 * A request the service refuses, carrying the full {@code google.rpc.Status} of the gRPC richer
 * error model so a unary call and a batch entry report exactly the same thing.
 */
public final class RequestRejection extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Status status;

  private RequestRejection(Status status) {
    super(status.getMessage(), null, false, false);
    this.status = status;
  }

  /** INVALID_ARGUMENT with one {@code BadRequest} field violation per problem. */
  public static RequestRejection invalidArgument(List<BadRequest.FieldViolation> violations) {
    String message =
        violations.size() == 1
            ? "invalid request: " + describe(violations.get(0))
            : "invalid request: " + violations.size() + " problems: "
                + String.join("; ", violations.stream().map(RequestRejection::describe).toList());
    return new RequestRejection(
        Status.newBuilder()
            .setCode(Code.INVALID_ARGUMENT_VALUE)
            .setMessage(message)
            .addDetails(Any.pack(BadRequest.newBuilder().addAllFieldViolations(violations).build()))
            .build());
  }

  /** RESOURCE_EXHAUSTED with a {@code QuotaFailure} naming the exceeded limit. */
  public static RequestRejection quotaExceeded(String subject, String description) {
    return new RequestRejection(
        Status.newBuilder()
            .setCode(Code.RESOURCE_EXHAUSTED_VALUE)
            .setMessage(description)
            .addDetails(
                Any.pack(
                    QuotaFailure.newBuilder()
                        .addViolations(
                            QuotaFailure.Violation.newBuilder()
                                .setSubject(subject)
                                .setDescription(description))
                        .build()))
            .build());
  }

  public Status status() {
    return status;
  }

  private static String describe(BadRequest.FieldViolation v) {
    return v.getField() + ": " + v.getDescription();
  }
}
