package dev.timeline.cli;

import dev.timeline.client.BatchStream;
import dev.timeline.client.TimelineClient;
import dev.timeline.client.TimelineException;
import dev.timeline.engine.DocumentInput;
import dev.timeline.engine.Engines;
import dev.timeline.engine.PublicationDate;
import dev.timeline.engine.TimelineEngine;
import dev.timeline.proto.v1.BatchExtractTimelineResponse;
import dev.timeline.proto.v1.ExtractTimelineRequest;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code timeline loadtest}: sends one article over and over from N concurrent callers, for a
 * bounded time or number of requests, and prints throughput and latency percentiles. Only
 * loopback targets unless {@code --allow-remote}: a load test must not hit someone's production
 * by a typo. {@code --in-process} runs the same loop on the engine directly, without gRPC, as the
 * baseline the service can at best reach.
 */
@Command(
    name = "loadtest",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Load-tests a timeline server (or the engine in-process) with one article.",
      "Stops by itself after --duration or --requests, whichever comes first."
    },
    footer = {
      "%nExamples:",
      "  timeline loadtest --target localhost:50051 --concurrency 16 --duration 30s"
          + " --article testdata/articles/loadtest-harbour.txt",
      "  timeline loadtest --in-process --concurrency 2 --requests 200 --article FILE"
    })
final class LoadTestCommand implements Callable<Integer> {
  enum Mode {
    unary,
    stream
  }

  static final Duration MAX_DURATION = Duration.ofMinutes(10);
  static final long MAX_REQUESTS = 1_000_000;
  static final int MAX_CONCURRENCY = 1024;

  @Spec CommandSpec spec;

  @Option(names = "--target", paramLabel = "HOST:PORT", description = "The server to load.")
  String target;

  @Option(names = "--in-process", description = "Call the engine in this JVM instead of a server.")
  boolean inProcess;

  @Option(names = "--article", required = true, paramLabel = "FILE", description = "UTF-8 text sent as every request.")
  Path article;

  @Option(names = "--published", paramLabel = "DATE", converter = DateConverter.class,
      description = "Publication date sent with the article (default 2014-09-16).")
  LocalDate published = LocalDate.of(2014, 9, 16);

  @Option(names = "--concurrency", paramLabel = "N", description = "Concurrent callers (default 1).")
  int concurrency = 1;

  @Option(names = "--duration", paramLabel = "30s", converter = DurationConverter.class,
      description = "How long to run (default 30s, at most 10m).")
  Duration duration = Duration.ofSeconds(30);

  @Option(names = "--requests", paramLabel = "N", description = "Stop after N requests (at most 1000000).")
  long requests = MAX_REQUESTS;

  @Option(names = "--warmup", paramLabel = "N", description = "Requests sent first and not measured (default 1 per caller).")
  int warmupPerCaller = 1;

  @Option(names = "--mode", paramLabel = "unary|stream",
      description = "unary: ExtractTimeline calls; stream: one BatchExtractTimeline stream per caller.")
  Mode mode = Mode.unary;

  @Option(names = "--stream-batch", paramLabel = "N",
      description = "Documents per batch stream in stream mode (default 8).")
  int streamBatch = 8;

  @Option(names = "--metrics", paramLabel = "URL",
      description = "The server's Prometheus endpoint, e.g. http://127.0.0.1:9464/metrics: reports its peak heap.")
  URI metrics;

  @Option(names = "--ca", paramLabel = "PEM", description = "TLS: trust this CA certificate.")
  Path ca;

  @Option(names = "--token-file", paramLabel = "FILE", description = "Bearer token sent with every call.")
  Path tokenFile;

  @Option(names = "--allow-remote", description = "Allow targets that are not loopback addresses.")
  boolean allowRemote;

  @Override
  public Integer call() throws Exception {
    validate();
    String text = Files.readString(article, StandardCharsets.UTF_8);
    Run run = new Run(text.length(), concurrency, requests, duration);
    if (inProcess) {
      runInProcess(text, run);
    } else {
      try (TimelineClient client = client()) {
        warmUp(client, text);
        if (mode == Mode.unary) {
          runUnary(client, text, run);
        } else {
          runStream(client, text, run);
        }
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(run.report(inProcess ? "in-process" : mode.name(), peakHeap()));
    out.flush();
    return run.errors.get() == 0 ? 0 : TimelineCli.FAILED;
  }

  private void validate() {
    if (inProcess == (target != null)) {
      throw usage("give either --target HOST:PORT or --in-process");
    }
    if (concurrency < 1 || concurrency > MAX_CONCURRENCY) {
      throw usage("--concurrency must be 1.." + MAX_CONCURRENCY);
    }
    if (streamBatch < 1 || streamBatch > 1000) {
      throw usage("--stream-batch must be 1..1000");
    }
    if (requests < 1 || requests > MAX_REQUESTS) {
      throw usage("--requests must be 1.." + MAX_REQUESTS);
    }
    if (duration.isNegative() || duration.isZero() || duration.compareTo(MAX_DURATION) > 0) {
      throw usage("--duration must be positive and at most " + MAX_DURATION.toMinutes() + "m");
    }
    if (!allowRemote) {
      if (target != null && !isLoopback(hostOf(target))) {
        throw usage("target " + target + " is not a loopback address; add --allow-remote to load it");
      }
      if (metrics != null && !isLoopback(metrics.getHost())) {
        throw usage("--metrics " + metrics + " is not on a loopback address; add --allow-remote");
      }
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  /** The host of {@code host:port}, {@code [::1]:port} or {@code scheme:///host:port}. */
  static String hostOf(String target) {
    String t = target.contains(":///") ? target.substring(target.indexOf(":///") + 4) : target;
    if (t.startsWith("[")) {
      return t.substring(1, Math.max(1, t.indexOf(']')));
    }
    int colon = t.lastIndexOf(':');
    return colon < 0 ? t : t.substring(0, colon);
  }

  /** True when every address the host resolves to is a loopback address. */
  static boolean isLoopback(String host) {
    if (host == null || host.isBlank()) {
      return false;
    }
    try {
      return Arrays.stream(InetAddress.getAllByName(host)).allMatch(InetAddress::isLoopbackAddress);
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private TimelineClient client() throws IOException {
    TimelineClient.Builder b = TimelineClient.builder(target).deadline(Duration.ofMinutes(2));
    if (ca != null) {
      b.trustRoots(ca);
    }
    if (tokenFile != null) {
      b.bearerToken(Files.readString(tokenFile, StandardCharsets.US_ASCII));
    }
    return b.build();
  }

  private ExtractTimelineRequest request(String id, String text) {
    return TimelineClient.request(id, text, published);
  }

  /** Connects and lets the server's JIT see the path once per caller before timing starts. */
  private void warmUp(TimelineClient client, String text) throws Exception {
    parallel(concurrency, caller -> {
      for (int i = 0; i < warmupPerCaller; i++) {
        client.extract(request("warmup-" + caller + "-" + i, text));
      }
    });
  }

  private void runUnary(TimelineClient client, String text, Run run) throws Exception {
    timedCalls(run, TimelineException.class, caller -> client.extract(request("lt-" + caller, text)));
  }

  /**
   * Every caller repeats {@code call} while the run's budget lasts, timing each call. A failure of
   * the {@code counted} kind is an error of the run; anything else aborts it (a bug, not load).
   */
  private <E extends RuntimeException> void timedCalls(Run run, Class<E> counted, CallerLoop call)
      throws Exception {
    run.start();
    parallel(concurrency, caller -> {
      Recorder latencies = run.recorder();
      while (run.take()) {
        long started = System.nanoTime();
        try {
          call.run(caller);
          latencies.record(System.nanoTime() - started);
        } catch (RuntimeException e) {
          if (!counted.isInstance(e)) {
            throw e;
          }
          run.error(e);
        }
      }
    });
    run.finish();
  }

  /**
   * Each caller sends batch streams of {@code --stream-batch} documents, one after the other. A
   * document's latency runs from the stream taking it to its answer, so it includes waiting behind
   * the other documents of its batch. (One endless stream per caller would let HTTP/2 flow control
   * queue hundreds of documents and measure only that queue.)
   */
  private void runStream(TimelineClient client, String text, Run run) throws Exception {
    run.start();
    parallel(concurrency, caller -> {
      Recorder latencies = run.recorder();
      long batch = 0;
      while (true) {
        List<ExtractTimelineRequest> documents = new ArrayList<>();
        while (documents.size() < streamBatch && run.take()) {
          documents.add(request("lt-" + caller + "-" + batch + "-" + documents.size(), text));
        }
        if (documents.isEmpty()) {
          return;
        }
        batch++;
        Map<String, Long> sent = new ConcurrentHashMap<>();
        Iterable<ExtractTimelineRequest> timed = () -> new Iterator<>() {
          private final Iterator<ExtractTimelineRequest> it = documents.iterator();

          @Override
          public boolean hasNext() {
            return it.hasNext();
          }

          @Override
          public ExtractTimelineRequest next() {
            ExtractTimelineRequest r = it.next();
            sent.put(r.getDocumentId(), System.nanoTime());
            return r;
          }
        };
        try (BatchStream stream = client.batch(timed)) {
          while (stream.hasNext()) {
            BatchExtractTimelineResponse r = stream.next();
            Long started = sent.remove(r.getDocumentId());
            if (r.hasError() || started == null) {
              run.error(null);
            } else {
              latencies.record(System.nanoTime() - started);
            }
          }
        } catch (TimelineException e) {
          run.error(e);
        }
      }
    });
    run.finish();
  }

  private void runInProcess(String text, Run run) throws Exception {
    TimelineEngine engine = Engines.standard();
    DocumentInput document =
        DocumentInput.news("loadtest", text, PublicationDate.parse(published.toString()));
    parallel(concurrency, caller -> {
      for (int i = 0; i < warmupPerCaller; i++) {
        engine.extract(document);
      }
    });
    timedCalls(run, RuntimeException.class, caller -> engine.extract(document));
  }

  /** The server's peak heap from its metrics endpoint, or null without --metrics. */
  private Double peakHeap() {
    if (metrics == null) {
      return null;
    }
    try {
      HttpResponse<String> r = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
          .send(HttpRequest.newBuilder(metrics).timeout(Duration.ofSeconds(10)).build(),
              HttpResponse.BodyHandlers.ofString());
      Matcher m = Pattern.compile("(?m)^timeline_jvm_heap_peak_bytes (\\S+)$").matcher(r.body());
      return m.find() ? Double.parseDouble(m.group(1)) : null;
    } catch (IOException e) {
      spec.commandLine().getErr().println("cannot read " + metrics + ": " + e.getMessage());
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  private interface CallerLoop {
    void run(int caller) throws Exception;
  }

  private static void parallel(int callers, CallerLoop loop) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int i = 0; i < callers; i++) {
        int caller = i;
        running.add(pool.submit(() -> {
          loop.run(caller);
          return null;
        }));
      }
      for (Future<?> f : running) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** The budget (requests and time) shared by all callers, and what they measured. */
  private static final class Run {
    private final int chars;
    private final int callers;
    private final long maxRequests;
    private final Duration duration;
    private final AtomicLong issued = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final List<Recorder> recorders = new ArrayList<>();
    private volatile String firstError;
    private long startedNanos;
    private long deadlineNanos;
    private long elapsedNanos;

    Run(int chars, int callers, long maxRequests, Duration duration) {
      this.chars = chars;
      this.callers = callers;
      this.maxRequests = maxRequests;
      this.duration = duration;
    }

    void start() {
      startedNanos = System.nanoTime();
      deadlineNanos = startedNanos + duration.toNanos();
    }

    void finish() {
      elapsedNanos = System.nanoTime() - startedNanos;
    }

    /** Claims one request of the budget; false once time or count is used up. */
    boolean take() {
      return System.nanoTime() < deadlineNanos && issued.incrementAndGet() <= maxRequests;
    }

    synchronized Recorder recorder() {
      Recorder r = new Recorder();
      recorders.add(r);
      return r;
    }

    void error(Exception e) {
      if (errors.incrementAndGet() == 1 && e != null) {
        firstError = e.getMessage();
      }
    }

    String report(String mode, Double peakHeapBytes) {
      long[] all = recorders.stream().flatMapToLong(Recorder::values).sorted().toArray();
      double seconds = elapsedNanos / 1e9;
      double rate = all.length / seconds;
      StringBuilder s = new StringBuilder();
      s.append(String.format(Locale.ROOT,
          "mode=%s concurrency=%d article_chars=%d ok=%d errors=%d seconds=%.1f%n",
          mode, callers, chars, all.length, errors.get(), seconds));
      s.append(String.format(Locale.ROOT,
          "throughput: %.2f requests/s, %.1f KB/s of text%n", rate, rate * chars / 1000));
      s.append(String.format(Locale.ROOT,
          "latency ms: p50=%.1f p99=%.1f p999=%.1f max=%.1f",
          ms(percentile(all, 50)), ms(percentile(all, 99)), ms(percentile(all, 99.9)),
          ms(all.length == 0 ? 0 : all[all.length - 1])));
      if (peakHeapBytes != null) {
        s.append(String.format(Locale.ROOT, "%nserver peak heap: %.0f MB", peakHeapBytes / 1e6));
      }
      if (firstError != null) {
        s.append("\nfirst error: ").append(firstError);
      }
      return s.toString();
    }

    /** Nearest-rank percentile of sorted values. */
    static long percentile(long[] sorted, double p) {
      if (sorted.length == 0) {
        return 0;
      }
      int rank = (int) Math.ceil(p / 100 * sorted.length);
      return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
    }

    private static double ms(long nanos) {
      return nanos / 1e6;
    }
  }

  /** One caller's latencies; written by that caller only, read after it finished. */
  private static final class Recorder {
    private long[] values = new long[256];
    private int size;

    void record(long nanos) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = nanos;
    }

    java.util.stream.LongStream values() {
      return Arrays.stream(values, 0, size);
    }
  }

  /** "30s", "2m", "500ms" or an ISO-8601 duration. */
  static final class DurationConverter implements picocli.CommandLine.ITypeConverter<Duration> {
    private static final Pattern SIMPLE = Pattern.compile("(\\d{1,9})(ms|s|m)");

    @Override
    public Duration convert(String value) {
      Matcher m = SIMPLE.matcher(value.strip());
      if (m.matches()) {
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
          case "ms" -> Duration.ofMillis(n);
          case "s" -> Duration.ofSeconds(n);
          default -> Duration.ofMinutes(n);
        };
      }
      return Duration.parse(value.strip());
    }
  }
}
