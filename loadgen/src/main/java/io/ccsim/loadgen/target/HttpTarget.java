package io.ccsim.loadgen.target;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;

/**
 * {@code http://host:port/path}: POSTs each contact event as JSON ({@code application/json}) with
 * java.net.http over at most {@code connections} HTTP/1.1 keep-alive connections. A contact that finds
 * them all busy waits for one (it is in flight, and its latency, measured from its intended send time,
 * shows the wait); without the bound a slow system would make the client open a connection per request.
 * A 2xx status is success; any other status counts as {@code http-<status>}.
 */
final class HttpTarget implements Target {
  private final String label;
  private final URI uri;
  private final Duration timeout;
  private final HttpClient client;
  private final Semaphore connections;
  private final Queue<Pending> waiting = new ConcurrentLinkedQueue<>();

  private record Pending(ContactEvent event, Delivery delivery) {}

  HttpTarget(String label, URI uri, Duration timeout, int connections) {
    this.label = label;
    this.uri = uri;
    this.timeout = timeout;
    this.connections = new Semaphore(connections);
    this.client = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(timeout)
        .followRedirects(HttpClient.Redirect.NEVER)
        // The client runs its own tasks on the thread at hand (the dispatch thread for a request, its selector
        // thread for a response) instead of handing each to a pool: every hand-off costs a wake-up and a
        // context switch (HttpSendBenchmark at 5,000/s on 2 cores: about 166 instead of 228 us of the
        // sender's CPU per contact). Nothing blocks there: the body is discarded, and the completion below
        // runs on CompletableFuture's default executor (see CompletionThreads).
        .executor(Runnable::run)
        .build();
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public boolean callerMayBlock() {
    return true;
  }

  @Override
  public void send(ContactEvent event, Delivery delivery) {
    if (connections.tryAcquire()) {
      post(new Pending(event, delivery));
    } else {
      waiting.add(new Pending(event, delivery));
      // A connection may have come free between the try and the add.
      if (connections.tryAcquire()) {
        next();
      }
    }
  }

  /** Holding a connection permit: sends the next waiting contact, or gives the permit back. */
  private void next() {
    while (true) {
      Pending p = waiting.poll();
      if (p != null) {
        post(p);
        return;
      }
      connections.release();
      if (waiting.isEmpty() || !connections.tryAcquire()) {
        return;
      }
    }
  }

  private void post(Pending p) {
    p.delivery().started();
    HttpRequest request = HttpRequest.newBuilder(uri)
        .timeout(timeout)
        .header("Content-Type", "application/json")
        .header("X-Ccsim-Contact-Id", p.event().id())
        .POST(HttpRequest.BodyPublishers.ofString(p.event().json()))
        .build();
    try {
      client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
        next();
        if (failure != null) {
          p.delivery().finished(Failures.classify(failure));
        } else {
          p.delivery().reached();
          int status = response.statusCode();
          p.delivery().finished(status >= 200 && status < 300 ? null : "http-" + status);
        }
      });
    } catch (RuntimeException e) {
      next();
      p.delivery().finished(Failures.CLIENT);
    }
  }

  @Override
  public void close() {
    Pending p;
    while ((p = waiting.poll()) != null) {
      p.delivery().finished(Failures.CLIENT);
    }
  }
}
