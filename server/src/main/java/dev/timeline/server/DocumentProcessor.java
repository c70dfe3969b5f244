package dev.timeline.server;

import dev.timeline.engine.Cancellation;
import dev.timeline.engine.DocumentInput;
import dev.timeline.engine.ExtractionResult;
import dev.timeline.engine.TimelineEngine;
import dev.timeline.proto.v1.ExtractTimelineRequest;
import dev.timeline.proto.v1.ExtractTimelineResponse;
import java.util.Objects;

/** One document through the whole path: validate, extract (cancellable), map to the contract. */
public final class DocumentProcessor {
  private final RequestValidator validator;
  private final TimelineEngine engine;
  private final ResponseMapper mapper;
  private final Observer observer;

  /** Told about every finished extraction (for metrics); sees sizes and results, not callers. */
  public interface Observer {
    void extracted(int chars, ExtractionResult result, long engineNanos);
  }

  public DocumentProcessor(RequestValidator validator, TimelineEngine engine, ResponseMapper mapper) {
    this(validator, engine, mapper, (chars, result, nanos) -> {});
  }

  public DocumentProcessor(
      RequestValidator validator, TimelineEngine engine, ResponseMapper mapper, Observer observer) {
    this.validator = Objects.requireNonNull(validator);
    this.engine = Objects.requireNonNull(engine);
    this.mapper = Objects.requireNonNull(mapper);
    this.observer = Objects.requireNonNull(observer);
  }

  /**
   * @throws RequestRejection for a malformed or oversized request
   * @throws Cancellation.CancelledException when the caller gave up during extraction
   */
  public ExtractTimelineResponse process(ExtractTimelineRequest request, Cancellation cancellation) {
    DocumentInput document = validator.toDocument(request);
    cancellation.check();
    long started = System.nanoTime();
    ExtractionResult result = engine.extract(document, cancellation);
    observer.extracted(request.getText().length(), result, System.nanoTime() - started);
    cancellation.check();
    return mapper.toResponse(result);
  }
}
