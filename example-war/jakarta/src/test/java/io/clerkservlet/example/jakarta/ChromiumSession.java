package io.clerkservlet.example.jakarta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.clerkservlet.testkit.HeadlessChromium;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * One headless Chromium tab driven over the DevTools protocol, as a person uses a browser: it keeps its
 * cookies across pages, and {@link #click(String)} clicks a link of the current page and waits for the
 * page it leads to (after every redirect). The browser listens on a loopback port of its own choosing
 * ({@code --remote-debugging-port=0}); every wait is bounded by a number of polls.
 */
final class ChromiumSession implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration ANSWER_WAIT = Duration.ofSeconds(30);
  private static final int MAX_POLLS = 300;
  private static final long POLL_MILLIS = 100;
  /** Marks the current document, so a page that replaces it is told apart even at the same URL. */
  private static final String MARK_PAGE = "window.clerkTestOldPage = true";

  private final Path profile;
  private final Process process;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

  private ChromiumSession(Path profile, Process process, WebSocket socket) {
    this.profile = profile;
    this.process = process;
    this.socket = socket;
  }

  /** Starts Chromium on {@code about:blank} with a fresh profile and attaches to its tab. */
  static ChromiumSession start() throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("chromium-session-");
    Process process = new ProcessBuilder(HeadlessChromium.binary().toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-extensions", "--disable-dev-shm-usage",
        "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0", "--user-data-dir=" + profile,
        "about:blank").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    try {
      int port = devToolsPort(profile);
      HttpClient http = HttpClient.newHttpClient();
      String tab = tabSocketUrl(http, port);
      ChromiumSession[] self = new ChromiumSession[1];
      WebSocket socket = http.newWebSocketBuilder()
          .buildAsync(URI.create(tab), new Answers(answer -> self[0].answered(answer)))
          .get(ANSWER_WAIT.toSeconds(), TimeUnit.SECONDS);
      self[0] = new ChromiumSession(profile, process, socket);
      return self[0];
    } catch (Exception e) {
      process.destroyForcibly();
      deleteTree(profile);
      throw new IllegalStateException("could not attach to Chromium: " + e, e);
    }
  }

  /** Loads {@code url} and waits until the page it ends on (after redirects) has loaded. */
  void open(String url) throws Exception {
    evaluate(MARK_PAGE);
    call("Page.navigate", JSON.createObjectNode().put("url", url));
    awaitNewPage(url);
  }

  /** Clicks the first element matching the CSS {@code selector} and waits for the page it leads to. */
  void click(String selector) throws Exception {
    String clicked = evaluate("(function(){var e=document.querySelector(" + JSON.writeValueAsString(selector)
        + ");if(!e){return 'missing';}" + MARK_PAGE + ";e.click();return 'clicked';})()");
    if (!"clicked".equals(clicked)) {
      throw new AssertionError("no element " + selector + " on " + location() + ":\n" + html());
    }
    awaitNewPage(selector);
  }

  /** The current page's URL. */
  String location() throws Exception {
    return evaluate("location.href");
  }

  /** The current page's DOM as HTML. */
  String html() throws Exception {
    return evaluate("document.documentElement.outerHTML");
  }

  /** Waits until the marked document is replaced by a new one that has loaded (the same URL counts). */
  private void awaitNewPage(String what) throws Exception {
    for (int poll = 0; poll < MAX_POLLS; poll++) {
      if ("complete".equals(evaluate("window.clerkTestOldPage === true ? 'old' : document.readyState"))) {
        return;
      }
      Thread.sleep(POLL_MILLIS);
    }
    throw new AssertionError("no new page loaded after " + what + "; still on " + location());
  }

  private String evaluate(String expression) throws Exception {
    ObjectNode params = JSON.createObjectNode().put("expression", expression).put("returnByValue", true);
    JsonNode result = call("Runtime.evaluate", params);
    return result.path("result").path("value").asText();
  }

  private JsonNode call(String method, ObjectNode params) throws Exception {
    int id = ids.incrementAndGet();
    CompletableFuture<JsonNode> answer = new CompletableFuture<>();
    pending.put(id, answer);
    ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
    message.set("params", params);
    socket.sendText(JSON.writeValueAsString(message), true).get(ANSWER_WAIT.toSeconds(), TimeUnit.SECONDS);
    JsonNode reply = answer.get(ANSWER_WAIT.toSeconds(), TimeUnit.SECONDS);
    if (reply.has("error")) {
      throw new IllegalStateException(method + " failed: " + reply.get("error"));
    }
    return reply.path("result");
  }

  private void answered(String text) {
    try {
      JsonNode message = JSON.readTree(text);
      CompletableFuture<JsonNode> waiting = message.has("id") ? pending.remove(message.get("id").asInt()) : null;
      if (waiting != null) {
        waiting.complete(message);
      }
    } catch (IOException e) {
      pending.values().forEach(f -> f.completeExceptionally(e));
    }
  }

  @Override
  public void close() throws IOException {
    socket.abort();
    process.destroyForcibly();
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    deleteTree(profile);
  }

  private static int devToolsPort(Path profile) throws IOException, InterruptedException {
    Path file = profile.resolve("DevToolsActivePort");
    for (int poll = 0; poll < MAX_POLLS; poll++) {
      if (Files.exists(file)) {
        List<String> lines = Files.readAllLines(file);
        if (!lines.isEmpty() && !lines.get(0).isEmpty()) {
          return Integer.parseInt(lines.get(0).trim());
        }
      }
      Thread.sleep(POLL_MILLIS);
    }
    throw new IllegalStateException("Chromium wrote no DevToolsActivePort in " + profile);
  }

  private static String tabSocketUrl(HttpClient http, int port) throws IOException, InterruptedException {
    HttpRequest list = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
        .timeout(ANSWER_WAIT).build();
    for (JsonNode target : JSON.readTree(http.send(list, HttpResponse.BodyHandlers.ofString()).body())) {
      if ("page".equals(target.path("type").asText())) {
        return target.path("webSocketDebuggerUrl").asText();
      }
    }
    throw new IllegalStateException("Chromium lists no page on port " + port);
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  /** Joins the frames of each text message and hands whole messages on. */
  private static final class Answers implements WebSocket.Listener {
    private final Consumer<String> whole;
    private final StringBuilder partial = new StringBuilder();

    Answers(Consumer<String> whole) {
      this.whole = whole;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        String message = partial.toString();
        partial.setLength(0);
        whole.accept(message);
      }
      webSocket.request(1);
      return null;
    }
  }
}
