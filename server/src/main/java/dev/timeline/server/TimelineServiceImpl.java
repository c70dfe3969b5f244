package dev.timeline.server;

import dev.timeline.proto.v1.BatchExtractTimelineRequest;
import dev.timeline.proto.v1.BatchExtractTimelineResponse;
import dev.timeline.proto.v1.ExtractTimelineRequest;
import dev.timeline.proto.v1.ExtractTimelineResponse;
import dev.timeline.proto.v1.TimelineServiceGrpc;
import io.grpc.Context;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The timeline service. Extraction runs on {@link ExtractionWorkers}; every call passes a
 * cancellation backed by its gRPC context so deadlines and cancellations stop the engine.
 * Logs carry ids, sizes, timings and status codes, never the text.
 */
public final class TimelineServiceImpl extends TimelineServiceGrpc.TimelineServiceImplBase {
  private static final Logger log = LoggerFactory.getLogger(TimelineServiceImpl.class);

  private final DocumentProcessor processor;
  private final ExtractionWorkers workers;
  private final int batchWindow;

  public TimelineServiceImpl(DocumentProcessor processor, ExtractionWorkers workers, int batchWindow) {
    this.processor = Objects.requireNonNull(processor);
    this.workers = Objects.requireNonNull(workers);
    this.batchWindow = batchWindow;
  }

  @Override
  public void extractTimeline(
      ExtractTimelineRequest request, StreamObserver<ExtractTimelineResponse> responses) {
    Context context = Context.current();
    Runnable task =
        () -> {
          long started = System.nanoTime();
          try {
            ExtractTimelineResponse response = processor.process(request, context::isCancelled);
            logDone("ExtractTimeline", request, "OK", started);
            responses.onNext(response);
            responses.onCompleted();
          } catch (RuntimeException | StackOverflowError e) {
            // A stack overflow on one hostile document must not leave its caller hanging.
            var status = ErrorMapping.statusOf(e, context);
            logFailed("ExtractTimeline", request, status, started, e);
            responses.onError(StatusProto.toStatusRuntimeException(status));
          }
        };
    try {
      workers.execute(context.wrap(task));
    } catch (RuntimeException e) {
      responses.onError(StatusProto.toStatusRuntimeException(ErrorMapping.statusOf(e, context)));
    }
  }

  @Override
  public StreamObserver<BatchExtractTimelineRequest> batchExtractTimeline(
      StreamObserver<BatchExtractTimelineResponse> responses) {
    return new BatchStream(
        (ServerCallStreamObserver<BatchExtractTimelineResponse>) responses,
        this::processOne,
        workers,
        batchWindow);
  }

  /** One document of a batch: its result or its error, never an exception. */
  private BatchExtractTimelineResponse processOne(
      BatchExtractTimelineRequest message, long sequence, Context context) {
    ExtractTimelineRequest request = message.getRequest();
    BatchExtractTimelineResponse.Builder response =
        BatchExtractTimelineResponse.newBuilder()
            .setDocumentId(request.getDocumentId())
            .setSequence(sequence);
    long started = System.nanoTime();
    try {
      response.setResult(processor.process(request, context::isCancelled));
      logDone("BatchExtractTimeline", request, "OK", started);
    } catch (RuntimeException | StackOverflowError e) {
      var status = ErrorMapping.statusOf(e, context);
      logFailed("BatchExtractTimeline", request, status, started, e);
      response.setError(ErrorMapping.documentError(status));
    }
    return response.build();
  }

  private static void logDone(String method, ExtractTimelineRequest r, String outcome, long started) {
    if (log.isInfoEnabled()) {
      log.info(
          "{} id={} chars={} status={} {} ms",
          method,
          Printable.of(r.getDocumentId()),
          r.getText().length(),
          outcome,
          (System.nanoTime() - started) / 1_000_000);
    }
  }

  private static void logFailed(
      String method,
      ExtractTimelineRequest r,
      com.google.rpc.Status status,
      long started,
      Throwable e) {
    String code = io.grpc.Status.fromCodeValue(status.getCode()).getCode().name();
    if (status.getCode() != com.google.rpc.Code.INTERNAL_VALUE) {
      logDone(method, r, code, started);
      return;
    }
    // A bug of ours: say where, but keep the exception's message (which might quote the text) to
    // DEBUG.
    StackTraceElement[] where = e.getStackTrace();
    log.error(
        "{} id={} chars={} status={}: {} at {}",
        method,
        Printable.of(r.getDocumentId()),
        r.getText().length(),
        code,
        e.getClass().getName(),
        where.length > 0 ? where[0] : "?");
    log.debug("{} id={} failure", method, Printable.of(r.getDocumentId()), e);
  }
}
