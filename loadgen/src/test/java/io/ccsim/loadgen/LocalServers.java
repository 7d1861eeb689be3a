package io.ccsim.loadgen;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;

/**
 * A real HTTP and WebSocket server (Jetty 12) on 127.0.0.1 and a free port, inside the test JVM. It
 * records every contact id it receives, and when (System.nanoTime) each request arrived.
 *
 * <ul>
 *   <li>{@code POST /contacts}: 200 at once.
 *   <li>{@code POST /slow}: 200 after {@link #slowDelay}, without holding a thread.
 *   <li>{@code POST /fail}: 503.
 *   <li>{@code /chat}: WebSocket; records the contact of each session's first message and counts messages.
 * </ul>
 */
public final class LocalServers implements AutoCloseable {
  private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");

  final Map<String, AtomicInteger> httpIds = new ConcurrentHashMap<>();
  final ConcurrentLinkedQueue<Long> httpArrivalNanos = new ConcurrentLinkedQueue<>();
  final Map<String, AtomicInteger> chatContacts = new ConcurrentHashMap<>();
  final Map<String, AtomicInteger> chatMessages = new ConcurrentHashMap<>();
  final AtomicInteger chatsClosed = new AtomicInteger();
  volatile Duration slowDelay = Duration.ofMillis(300);

  private final Server server;
  private final ServerConnector connector;
  private final ScheduledExecutorService delays = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "test-slow-responses");
    t.setDaemon(true);
    return t;
  });

  LocalServers() throws Exception {
    this(0);
  }

  /** On {@code port} of 127.0.0.1 (0: any free port). */
  LocalServers(int port) throws Exception {
    QueuedThreadPool threads = new QueuedThreadPool(32, 4);
    threads.setName("test-jetty");
    server = new Server(threads);
    connector = new ServerConnector(server, 1, 1);
    connector.setHost("127.0.0.1");
    connector.setPort(port);
    server.addConnector(connector);
    ContextHandler context = new ContextHandler("/");
    WebSocketUpgradeHandler ws = WebSocketUpgradeHandler.from(server, context,
        container -> container.addMapping("/chat", (request, response, callback) -> new ChatEndpoint(this)));
    ws.setHandler(new Handler.Abstract.NonBlocking() {
      @Override
      public boolean handle(Request request, Response response, Callback callback) {
        httpArrivalNanos.add(System.nanoTime());
        String path = Request.getPathInContext(request);
        Content.Source.asStringAsync(request, StandardCharsets.UTF_8).whenComplete((body, failure) -> {
          if (failure != null) {
            callback.failed(failure);
            return;
          }
          switch (path) {
            case "/contacts" -> {
              record(httpIds, body);
              response.setStatus(200);
              callback.succeeded();
            }
            case "/slow" -> {
              record(httpIds, body);
              delays.schedule(() -> {
                response.setStatus(200);
                callback.succeeded();
              }, slowDelay.toNanos(), TimeUnit.NANOSECONDS);
            }
            case "/fail" -> {
              response.setStatus(503);
              callback.succeeded();
            }
            default -> {
              response.setStatus(404);
              callback.succeeded();
            }
          }
        });
        return true;
      }
    });
    context.setHandler(ws);
    server.setHandler(context);
    server.start();
  }

  /** Contacts received over HTTP (each once or more). */
  long httpReceived() {
    return httpIds.values().stream().mapToLong(AtomicInteger::get).sum();
  }

  int port() {
    return connector.getLocalPort();
  }

  String http(String path) {
    return "http://127.0.0.1:" + port() + path;
  }

  String ws(String path) {
    return "ws://127.0.0.1:" + port() + path;
  }

  static void record(Map<String, AtomicInteger> ids, String json) {
    Matcher m = ID.matcher(json);
    if (m.find()) {
      ids.computeIfAbsent(m.group(1), k -> new AtomicInteger()).incrementAndGet();
    }
  }

  /** Ids received more than once. */
  static List<String> duplicates(Map<String, AtomicInteger> ids) {
    return ids.entrySet().stream().filter(e -> e.getValue().get() != 1).map(Map.Entry::getKey).toList();
  }

  @Override
  public void close() throws Exception {
    server.stop();
    delays.shutdownNow();
  }
}
