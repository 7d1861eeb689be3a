package io.ccsim.loadgen;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link LocalTargetServers} in a JVM of its own on this machine, so that a benchmark's sending JVM holds
 * only the sender: its CPU profile, threads and garbage collections are then the sender's alone (the two
 * processes still share the machine's cores).
 */
final class ServerProcess implements AutoCloseable {
  private static final Pattern LISTENING = Pattern.compile("listening: http://127\\.0\\.0\\.1:(\\d+)/contacts");
  private static final Pattern RECEIVED = Pattern.compile("received: http (\\d+) requests for (\\d+) distinct");

  private final Process process;
  private final BufferedReader output;
  private final int httpPort;

  /** Starts the servers on free ports of 127.0.0.1 for at most {@code lifetime}. */
  ServerProcess(Duration lifetime) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx1g", "-cp",
        System.getProperty("java.class.path"), LocalTargetServers.class.getName(), "0", "0",
        Long.toString(lifetime.toSeconds())));
    process = new ProcessBuilder(command).redirectErrorStream(true).start();
    output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    httpPort = Integer.parseInt(awaitLine(LISTENING).group(1));
  }

  String http(String path) {
    return "http://127.0.0.1:" + httpPort + path;
  }

  /** CPU time (user and system) the server process has used so far. */
  Duration cpu() {
    return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
  }

  /** Stops the servers and returns how many HTTP requests they received, and for how many distinct ids. */
  long[] stopAndCountHttp() throws IOException, InterruptedException {
    // SIGTERM: the servers print what they received, then exit. (Process.destroy would close our end of
    // their output first.)
    process.toHandle().destroy();
    Matcher m = awaitLine(RECEIVED);
    process.waitFor(10, TimeUnit.SECONDS);
    return new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))};
  }

  private Matcher awaitLine(Pattern pattern) throws IOException {
    String line;
    StringBuilder seen = new StringBuilder();
    while ((line = output.readLine()) != null) {
      Matcher m = pattern.matcher(line);
      if (m.find()) {
        return m;
      }
      seen.append(line).append('\n');
    }
    throw new IOException("the server process ended without printing '" + pattern + "':\n" + seen);
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
