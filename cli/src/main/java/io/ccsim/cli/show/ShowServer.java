package io.ccsim.cli.show;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The page of `ccsim show` on 127.0.0.1 (the JDK's HTTP server): the static page, the event stream of
 * snapshots ({@code /events}, server-sent events), the controls ({@code POST /control?action=...}), the
 * snapshot now ({@code /snapshot}) and the reports of finished runs ({@code /report/...}). It also runs
 * the ticker that moves the session's clock on.
 */
public final class ShowServer implements AutoCloseable {
  /** How often the clock moves on, and so how often a new picture can go out, in milliseconds. */
  static final long TICK_MILLIS = 100;
  /** A comment line keeps an idle stream open through proxies and lets a closed one be noticed. */
  static final long KEEP_ALIVE_MILLIS = 10_000;
  private static final String RESOURCES = "/io/ccsim/cli/show/";
  private static final Map<String, String> TYPES = Map.of(
      "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
      "js", "text/javascript; charset=utf-8", "png", "image/png", "svg", "image/svg+xml",
      "csv", "text/csv; charset=utf-8", "json", "application/json; charset=utf-8");

  private final ShowSession session;
  private final Path reports;
  private final HttpServer server;
  private final ExecutorService handlers;
  private final ScheduledExecutorService ticker;
  private volatile boolean open = true;

  private ShowServer(ShowSession session, Path reports, HttpServer server) {
    this.session = session;
    this.reports = reports.toAbsolutePath().normalize();
    this.server = server;
    this.handlers = Executors.newCachedThreadPool(daemon("ccsim-show-http"));
    this.ticker = Executors.newSingleThreadScheduledExecutor(daemon("ccsim-show-clock"));
  }

  /**
   * Serves {@code session} on 127.0.0.1:{@code port} (0: any free port) and starts its clock.
   *
   * @throws java.net.BindException when the port is taken
   */
  public static ShowServer start(ShowSession session, Path reports, int port) throws IOException {
    HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    ShowServer show = new ShowServer(session, reports, http);
    http.setExecutor(show.handlers);
    http.createContext("/", show::page);
    http.createContext("/events", show::events);
    http.createContext("/snapshot", show::snapshot);
    http.createContext("/control", show::control);
    http.createContext("/report/", show::report);
    http.start();
    long[] last = {System.nanoTime()};
    show.ticker.scheduleAtFixedRate(() -> {
      long now = System.nanoTime();
      try {
        session.tick((now - last[0]) / 1e9);
      } catch (RuntimeException e) {
        // A failure in one tick must not stop the clock thread silently: pause and say so on stderr.
        session.pause();
        System.err.println("ccsim show: the simulation failed: " + e);
      }
      last[0] = now;
    }, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    return show;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** The page's address, {@code http://127.0.0.1:PORT/}. */
  public URI uri() {
    return URI.create("http://127.0.0.1:" + port() + "/");
  }

  /** Stops the clock, ends the event streams and closes the port. */
  @Override
  public void close() {
    open = false;
    ticker.shutdownNow();
    server.stop(0);
    handlers.shutdownNow();
  }

  private void page(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      String name = path.equals("/") ? "index.html" : path.substring(1);
      if (name.equals("favicon.ico")) {
        // The reports served here have no icon; answer browsers' request for one with nothing.
        send(exchange, 204, "image/x-icon", new byte[0]);
        return;
      }
      if (!name.matches("[a-z]+\\.(html|css|js)") || !"GET".equals(exchange.getRequestMethod())) {
        send(exchange, 404, "text/plain; charset=utf-8", ("not found: " + path).getBytes(StandardCharsets.UTF_8));
        return;
      }
      try (InputStream in = ShowServer.class.getResourceAsStream(RESOURCES + name)) {
        if (in == null) {
          send(exchange, 404, "text/plain; charset=utf-8", ("not found: " + path).getBytes(StandardCharsets.UTF_8));
          return;
        }
        send(exchange, 200, TYPES.get(extension(name)), in.readAllBytes());
      }
    }
  }

  private void snapshot(HttpExchange exchange) throws IOException {
    try (exchange) {
      send(exchange, 200, TYPES.get("json"), session.snapshotJson().getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Server-sent events: every new picture as one {@code data:} line of JSON, the current one first. */
  private void events(HttpExchange exchange) throws IOException {
    try (exchange) {
      exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      exchange.sendResponseHeaders(200, 0);
      OutputStream body = exchange.getResponseBody();
      long sent = -1;
      while (open) {
        long version = session.awaitChange(sent, KEEP_ALIVE_MILLIS);
        if (version == sent) {
          body.write(": keep-alive\n\n".getBytes(StandardCharsets.UTF_8));
        } else {
          body.write(("data: " + session.snapshotJson() + "\n\n").getBytes(StandardCharsets.UTF_8));
          sent = version;
        }
        body.flush();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // The page went away; nothing to do.
    }
  }

  private void control(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!"POST".equals(exchange.getRequestMethod())) {
        exchange.getResponseHeaders().set("Allow", "POST");
        send(exchange, 405, "text/plain; charset=utf-8", "POST /control?action=...".getBytes(StandardCharsets.UTF_8));
        return;
      }
      String query = exchange.getRequestURI().getRawQuery();
      String action = query != null && query.startsWith("action=")
          ? URLDecoder.decode(query.substring("action=".length()), StandardCharsets.UTF_8) : "";
      switch (action) {
        case "pause" -> session.pause();
        case "resume" -> session.resume();
        case "step" -> session.step();
        case "faster" -> session.faster();
        case "slower" -> session.slower();
        case "restart" -> session.restart();
        default -> {
          send(exchange, 400, "text/plain; charset=utf-8", ("unknown action '" + action
              + "'; allowed: pause, resume, step, faster, slower, restart").getBytes(StandardCharsets.UTF_8));
          return;
        }
      }
      String state = String.format(Locale.ROOT, "{\"state\":\"%s\",\"speed\":%s}",
          session.state().name().toLowerCase(Locale.ROOT), session.speed());
      send(exchange, 200, TYPES.get("json"), state.getBytes(StandardCharsets.UTF_8));
    }
  }

  /** The reports of finished runs, from the session's work directory only. */
  private void report(HttpExchange exchange) throws IOException {
    try (exchange) {
      String relative = exchange.getRequestURI().getPath().substring("/report/".length());
      Path file = reports.resolve(relative).normalize();
      if (!file.startsWith(reports) || !Files.isRegularFile(file) || TYPES.get(extension(file.toString())) == null) {
        send(exchange, 404, "text/plain; charset=utf-8", "no such report file".getBytes(StandardCharsets.UTF_8));
        return;
      }
      send(exchange, 200, TYPES.get(extension(file.toString())), Files.readAllBytes(file));
    }
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      exchange.getResponseBody().write(body);
    }
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }
}
