package dev.timeline.client;

import com.google.protobuf.Any;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.BadRequest;
import com.google.rpc.QuotaFailure;
import dev.timeline.proto.v1.DocumentError;
import dev.timeline.proto.v1.FieldViolation;
import io.grpc.Status;
import io.grpc.protobuf.StatusProto;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A call to the timeline service failed. Carries the gRPC status code, the server's description
 * and, for INVALID_ARGUMENT, the field violations of the request ({@code google.rpc.BadRequest}).
 * {@link #getMessage()} is one readable line, e.g. {@code INVALID_ARGUMENT: publication_date.date:
 * not a date '2014-13-45'}.
 */
public final class TimelineException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final Status.Code code;
  private final String description;
  private final List<FieldViolation> violations;

  public TimelineException(
      Status.Code code, String description, List<FieldViolation> violations, Throwable cause) {
    super(summary(code, description, violations), cause);
    this.code = code;
    this.description = description == null ? "" : description;
    this.violations = List.copyOf(violations);
  }

  /** Converts a failed call's exception, reading the rich error details the server attached. */
  public static TimelineException from(Throwable t) {
    if (t instanceof TimelineException te) {
      return te;
    }
    Status status = Status.fromThrowable(t);
    List<FieldViolation> violations = new ArrayList<>();
    String description = status.getDescription();
    com.google.rpc.Status rich = StatusProto.fromThrowable(t);
    if (rich != null) {
      for (Any detail : rich.getDetailsList()) {
        try {
          if (detail.is(BadRequest.class)) {
            for (BadRequest.FieldViolation v : detail.unpack(BadRequest.class).getFieldViolationsList()) {
              violations.add(violation(v.getField(), v.getDescription()));
            }
          } else if (detail.is(QuotaFailure.class)) {
            for (QuotaFailure.Violation v : detail.unpack(QuotaFailure.class).getViolationsList()) {
              violations.add(violation(v.getSubject(), v.getDescription()));
            }
          }
        } catch (InvalidProtocolBufferException malformed) {
          // A detail we cannot read adds nothing; the status itself still explains the failure.
        }
      }
    }
    if (status.getCode() == Status.Code.UNAVAILABLE) {
      // gRPC says "io exception"; the transport's cause says what actually happened.
      String cause = rootMessage(status.getCause());
      description = (description == null || description.isBlank() ? "server unavailable" : description)
          + (cause.isEmpty() ? "" : " (" + cause + ")");
    }
    return new TimelineException(status.getCode(), description, violations, t);
  }

  /** The error entry of one document of a batch, as an exception. */
  public static TimelineException from(DocumentError error) {
    return new TimelineException(
        Status.fromCodeValue(error.getCode()).getCode(),
        error.getMessage(),
        error.getFieldViolationsList(),
        null);
  }

  public Status.Code code() {
    return code;
  }

  /** The server's description of the failure, possibly empty. */
  public String description() {
    return description;
  }

  /** What is wrong with which request field; empty unless the request was malformed. */
  public List<FieldViolation> violations() {
    return violations;
  }

  private static String rootMessage(Throwable t) {
    String message = "";
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c.getMessage() != null && !c.getMessage().isBlank()) {
        message = c.getMessage();
      }
    }
    return message;
  }

  private static FieldViolation violation(String field, String description) {
    return FieldViolation.newBuilder().setField(field).setDescription(description).build();
  }

  private static String summary(
      Status.Code code, String description, List<FieldViolation> violations) {
    StringBuilder s = new StringBuilder(code.name());
    if (description != null && !description.isBlank()) {
      s.append(": ").append(description.strip());
    }
    // Servers often spell the violations out in the description already; add only the others.
    String said = description == null ? "" : description;
    List<String> unsaid =
        violations.stream()
            .filter(v -> !said.contains(v.getDescription()))
            .map(v -> v.getField() + ": " + v.getDescription())
            .collect(Collectors.toList());
    if (!unsaid.isEmpty()) {
      s.append(" [").append(String.join("; ", unsaid)).append(']');
    }
    return s.toString().replace('\n', ' ');
  }

  /** Wraps a status-less failure (e.g. a broken request iterator) so callers see one type. */
  static TimelineException local(Status.Code code, String description, Throwable cause) {
    return new TimelineException(code, description, List.of(), cause);
  }
}
