package io.ccsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** `ccsim show` running in-process on a thread of its own, on a free port, for tests; {@link #close} stops it. */
final class RunningShow implements AutoCloseable {
  private static final Pattern URL = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/)");
  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final Thread thread;
  private final int[] exitCode = {-1};
  final URI uri;

  RunningShow(String... args) throws InterruptedException {
    String[] all = new String[args.length + 3];
    all[0] = "show";
    System.arraycopy(args, 0, all, 1, args.length);
    all[args.length + 1] = "--port";
    all[args.length + 2] = "0";
    thread = new Thread(() -> exitCode[0] = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), all),
        "test-ccsim-show");
    thread.start();
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    Matcher m;
    while (!(m = URL.matcher(out.toString())).find()) {
      assertTrue(thread.isAlive(), () -> "ccsim show ended: " + out + err);
      assertTrue(System.nanoTime() < deadline, () -> "ccsim show printed no address: " + out + err);
      Thread.sleep(20);
    }
    uri = URI.create(m.group(1));
  }

  String out() {
    return out.toString();
  }

  /** GET {@code path} as a string. */
  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(uri.resolve(path)).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** POST /control?action={@code action}; returns the status code. */
  int control(String action) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(uri.resolve("/control?action=" + action))
        .POST(HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString()).statusCode();
  }

  JsonNode snapshot() throws IOException, InterruptedException {
    return new ObjectMapper().readTree(get("/snapshot").body());
  }

  /** Interrupts the command (as the JVM's Ctrl-C hook would stop it) and checks it exits 0. */
  @Override
  public void close() throws InterruptedException {
    thread.interrupt();
    thread.join(Duration.ofSeconds(20).toMillis());
    assertTrue(!thread.isAlive(), "ccsim show did not stop");
    assertEquals(0, exitCode[0], err.toString());
  }
}
