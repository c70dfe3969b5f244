package dev.timeline.server;

import com.google.protobuf.Any;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.BadRequest;
import com.google.rpc.Code;
import com.google.rpc.Status;
import dev.timeline.engine.Cancellation;
import dev.timeline.proto.v1.DocumentError;
import dev.timeline.proto.v1.FieldViolation;
import io.grpc.Context;
import io.grpc.Contexts;
import java.util.concurrent.RejectedExecutionException;

/** Turns whatever stopped a document into the status the caller receives. */
final class ErrorMapping {
  private ErrorMapping() {}

  /**
   * The richer-model status for a failure: the rejection's own status, DEADLINE_EXCEEDED or
   * CANCELLED when the caller gave up, RESOURCE_EXHAUSTED when no worker could take the document,
   * INTERNAL otherwise (without the exception's message, which might quote the text).
   */
  static Status statusOf(Throwable failure, Context context) {
    if (failure instanceof RequestRejection rejection) {
      return rejection.status();
    }
    if (failure instanceof Cancellation.CancelledException || context.isCancelled()) {
      io.grpc.Status cancelled = Contexts.statusFromCancelled(context);
      if (cancelled == null) {
        cancelled = io.grpc.Status.CANCELLED.withDescription("extraction cancelled");
      }
      return Status.newBuilder()
          .setCode(cancelled.getCode().value())
          .setMessage(cancelled.getDescription() == null ? "" : cancelled.getDescription())
          .build();
    }
    if (failure instanceof RejectedExecutionException) {
      return Status.newBuilder()
          .setCode(Code.RESOURCE_EXHAUSTED_VALUE)
          .setMessage("server is busy; retry later")
          .build();
    }
    return Status.newBuilder()
        .setCode(Code.INTERNAL_VALUE)
        .setMessage("extraction failed: " + failure.getClass().getSimpleName())
        .build();
  }

  /** The batch form of a status: code, message and the BadRequest field violations. */
  static DocumentError documentError(Status status) {
    DocumentError.Builder error =
        DocumentError.newBuilder().setCode(status.getCode()).setMessage(status.getMessage());
    for (Any detail : status.getDetailsList()) {
      if (detail.is(BadRequest.class)) {
        for (BadRequest.FieldViolation v : unpack(detail).getFieldViolationsList()) {
          error.addFieldViolations(
              FieldViolation.newBuilder().setField(v.getField()).setDescription(v.getDescription()));
        }
      }
    }
    return error.build();
  }

  private static BadRequest unpack(Any detail) {
    try {
      return detail.unpack(BadRequest.class);
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalStateException("detail claims to be a BadRequest but is not", e);
    }
  }
}
