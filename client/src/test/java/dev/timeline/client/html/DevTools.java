package dev.timeline.client.html;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A minimal Chrome DevTools protocol session with one page of a headless Chromium, over the JDK's
 * WebSocket client: enough to navigate, evaluate script and send real mouse input.
 */
final class DevTools implements AutoCloseable {
  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();

  private DevTools(Process process, Path profile, WebSocket socket) {
    this.process = process;
    this.profile = profile;
    this.socket = socket;
  }

  static DevTools launch(Path chromium, int width, int height) throws Exception {
    Path profile = Files.createTempDirectory("chromium-devtools");
    Process process = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
        "--remote-debugging-port=0", "--window-size=" + width + "," + height,
        "--user-data-dir=" + profile, "about:blank")
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    Path portFile = profile.resolve("DevToolsActivePort");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!(Files.exists(portFile) && Files.readAllLines(portFile).size() >= 2)) {
      if (System.nanoTime() > deadline || !process.isAlive()) {
        process.destroyForcibly();
        throw new AssertionError("Chromium opened no DevTools port");
      }
      Thread.sleep(100);
    }
    int port = Integer.parseInt(Files.readAllLines(portFile).get(0).strip());
    HttpClient http = HttpClient.newHttpClient();
    String list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    String pageUrl = null;
    for (JsonElement t : JsonParser.parseString(list).getAsJsonArray()) {
      if (t.getAsJsonObject().get("type").getAsString().equals("page")) {
        pageUrl = t.getAsJsonObject().get("webSocketDebuggerUrl").getAsString();
        break;
      }
    }
    if (pageUrl == null) {
      process.destroyForcibly();
      throw new AssertionError("Chromium has no page target: " + list);
    }
    DevTools[] self = new DevTools[1];
    StringBuilder message = new StringBuilder();
    WebSocket ws = http.newWebSocketBuilder().buildAsync(URI.create(pageUrl), new WebSocket.Listener() {
      @Override
      public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        message.append(data);
        if (last) {
          JsonObject o = JsonParser.parseString(message.toString()).getAsJsonObject();
          message.setLength(0);
          if (o.has("id") && self[0] != null) {
            CompletableFuture<JsonObject> f = self[0].pending.remove(o.get("id").getAsInt());
            if (f != null) {
              f.complete(o);
            }
          }
        }
        webSocket.request(1);
        return null;
      }
    }).get(30, TimeUnit.SECONDS);
    self[0] = new DevTools(process, profile, ws);
    return self[0];
  }

  /** Sends a command and returns its result, failing on a protocol error. */
  JsonObject send(String method, JsonObject params) throws Exception {
    int id = ids.incrementAndGet();
    CompletableFuture<JsonObject> f = new CompletableFuture<>();
    pending.put(id, f);
    JsonObject msg = new JsonObject();
    msg.addProperty("id", id);
    msg.addProperty("method", method);
    msg.add("params", params);
    socket.sendText(msg.toString(), true).get(30, TimeUnit.SECONDS);
    JsonObject answer = f.get(60, TimeUnit.SECONDS);
    if (answer.has("error")) {
      throw new AssertionError(method + ": " + answer.get("error"));
    }
    return answer.getAsJsonObject("result");
  }

  /** The value of a JavaScript expression (JSON-serialisable). */
  JsonElement eval(String expression) throws Exception {
    JsonObject p = new JsonObject();
    p.addProperty("expression", expression);
    p.addProperty("returnByValue", true);
    JsonObject r = send("Runtime.evaluate", p);
    if (r.has("exceptionDetails")) {
      throw new AssertionError(expression + ": " + r.get("exceptionDetails"));
    }
    return r.getAsJsonObject("result").get("value");
  }

  void navigate(String url) throws Exception {
    JsonObject p = new JsonObject();
    p.addProperty("url", url);
    send("Page.navigate", p);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (true) {
      JsonElement ready = null;
      try {
        // While the navigation commits there may be no document, or the old one.
        ready = eval("location.href === " + new com.google.gson.JsonPrimitive(url)
            + " && document.documentElement && document.documentElement.getAttribute('data-ready')");
      } catch (AssertionError e) {
        if (System.nanoTime() > deadline) {
          throw e;
        }
      }
      if (ready != null && ready.isJsonPrimitive() && ready.getAsString().equals("true")) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("page not ready: " + url);
      }
      Thread.sleep(100);
    }
  }

  /** A mouse event at page coordinates; wheel events take {@code deltaY}. */
  void mouse(String type, double x, double y, String button, double deltaY) throws Exception {
    JsonObject p = new JsonObject();
    p.addProperty("type", type);
    p.addProperty("x", x);
    p.addProperty("y", y);
    p.addProperty("button", button);
    if (!button.equals("none")) {
      p.addProperty("buttons", type.equals("mouseReleased") ? 0 : 1);
      p.addProperty("clickCount", 1);
    }
    if (type.equals("mouseWheel")) {
      p.addProperty("deltaX", 0);
      p.addProperty("deltaY", deltaY);
    }
    send("Input.dispatchMouseEvent", p);
  }

  /** Saves a PNG of the viewport. */
  void screenshot(Path png) throws Exception {
    JsonObject p = new JsonObject();
    p.addProperty("format", "png");
    String data = send("Page.captureScreenshot", p).get("data").getAsString();
    Files.write(png, java.util.Base64.getDecoder().decode(data));
  }

  /** Centre of the first element matching the selector, in page coordinates. */
  double[] centre(String selector) throws Exception {
    JsonElement r = eval("(function(){var e=document.querySelector(" + JsonParser.parseString(
        "\"" + selector.replace("\"", "\\\"") + "\"") + ");if(!e)return null;"
        + "var b=e.getBoundingClientRect();return [b.left+b.width/2,b.top+b.height/2];})()");
    if (r == null || r.isJsonNull()) {
      throw new AssertionError("no element " + selector);
    }
    var a = r.getAsJsonArray();
    return new double[] {a.get(0).getAsDouble(), a.get(1).getAsDouble()};
  }

  @Override
  public void close() throws IOException {
    socket.abort();
    List<ProcessHandle> helpers = process.descendants().toList(); // renderer, network service...
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
      for (ProcessHandle h : helpers) {
        h.destroy();
        h.onExit().get(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      helpers.forEach(ProcessHandle::destroyForcibly);
    }
    HeadlessChromium.deleteTree(profile);
  }

  static List<Long> view(JsonElement attribute) {
    String[] parts = attribute.getAsString().split(",");
    return List.of(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
  }
}
