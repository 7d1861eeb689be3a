package io.ccsim.loadgen.target;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code ws://host:port/path}: one chat session per contact. It opens a WebSocket, sends the contact event
 * as the first text message, then the customer's further messages spread evenly over the chat's handle
 * time (scaled by the speed; one message per {@value #SIMULATED_SECONDS_PER_MESSAGE} simulated seconds,
 * at most {@value #MAX_MESSAGES} in all), and closes with status 1000. The contact is reached when the
 * first message is sent and finished when the server answers the close; a close from the server with
 * another status counts as {@code ws-close-<status>}.
 */
final class WebSocketTarget implements Target {
  static final int SIMULATED_SECONDS_PER_MESSAGE = 60;
  static final int MAX_MESSAGES = 20;

  private final String label;
  private final URI uri;
  private final Duration timeout;
  private final HttpClient client;
  private final ScheduledExecutorService timer;
  private final Set<Session> open = ConcurrentHashMap.newKeySet();
  private volatile boolean hurry;

  WebSocketTarget(String label, URI uri, Duration timeout) {
    this.label = label;
    this.uri = uri;
    this.timeout = timeout;
    this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
    ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(1, runnable -> {
      Thread thread = new Thread(runnable, "ccsim-load-chat-timer");
      thread.setDaemon(true);
      return thread;
    });
    pool.setRemoveOnCancelPolicy(true);
    this.timer = pool;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public boolean callerMayBlock() {
    return true;
  }

  /** How many customer messages a chat of {@code handleSeconds} sends, the first (the contact event) included. */
  static int messagesFor(double handleSeconds) {
    if (!(handleSeconds > 0)) {
      return 1;
    }
    long n = Math.round(handleSeconds / SIMULATED_SECONDS_PER_MESSAGE);
    return (int) Math.max(1, Math.min(MAX_MESSAGES, n));
  }

  @Override
  public void send(ContactEvent event, Delivery delivery) {
    Session session = new Session(event, delivery);
    open.add(session);
    client.newWebSocketBuilder()
        .connectTimeout(timeout)
        .header("X-Ccsim-Contact-Id", event.id())
        .buildAsync(uri, session)
        .thenCompose(ws -> {
          session.ws = ws;
          return ws.sendText(event.json(), true);
        })
        .orTimeout(timeout.toNanos(), TimeUnit.NANOSECONDS)
        .whenComplete((ws, failure) -> {
          if (failure != null) {
            session.fail(Failures.classify(failure));
          } else {
            delivery.reached();
            session.plan();
          }
        });
  }

  @Override
  public void hurry() {
    hurry = true;
    for (Session s : open) {
      s.closeSoon();
    }
  }

  @Override
  public void close() {
    for (Session s : open) {
      s.abort();
    }
    timer.shutdownNow();
  }

  /** One chat: its messages, its close and the server's answer. */
  private final class Session implements WebSocket.Listener {
    private final ContactEvent event;
    private final Delivery delivery;
    private final AtomicBoolean done = new AtomicBoolean();
    private final int messages;
    private volatile WebSocket ws;
    private CompletableFuture<WebSocket> sending;
    private ScheduledFuture<?> nextStep;
    private int sent = 1;
    private boolean closing;

    Session(ContactEvent event, Delivery delivery) {
      this.event = event;
      this.delivery = delivery;
      this.messages = messagesFor(event.contact().handleSeconds());
    }

    /** After the first message: schedules the next message or the close. */
    synchronized void plan() {
      sending = CompletableFuture.completedFuture(ws);
      step();
    }

    private synchronized void step() {
      if (done.get() || closing) {
        return;
      }
      if (hurry || sent >= messages) {
        long delay = hurry ? 0 : Math.max(0, event.sessionNanos() / messages);
        nextStep = timer.schedule(this::sendClose, delay, TimeUnit.NANOSECONDS);
      } else {
        nextStep = timer.schedule(this::sendNext, event.sessionNanos() / messages, TimeUnit.NANOSECONDS);
      }
    }

    private synchronized void sendNext() {
      if (done.get() || closing) {
        return;
      }
      sent++;
      String text = String.format(Locale.ROOT,
          "{\"type\":\"message\",\"id\":\"%s\",\"seq\":%d,\"of\":%d,\"text\":\"customer message %d of %d\"}",
          event.id(), sent, messages, sent, messages);
      // java.net.http allows one outstanding send per WebSocket: chain each after the one before.
      sending = sending.thenCompose(w -> w.sendText(text, true));
      sending.whenComplete((w, failure) -> {
        if (failure != null) {
          fail(Failures.classify(failure));
        }
      });
      step();
    }

    private synchronized void sendClose() {
      if (done.get() || closing) {
        return;
      }
      closing = true;
      sending = sending.thenCompose(w -> w.sendClose(WebSocket.NORMAL_CLOSURE, "chat ended"));
      sending.whenComplete((w, failure) -> {
        if (failure != null) {
          fail(Failures.classify(failure));
        } else {
          // The server should answer the close; if it does not within the timeout, give up on it.
          timer.schedule(() -> fail(Failures.TIMEOUT), timeout.toNanos(), TimeUnit.NANOSECONDS);
        }
      });
    }

    synchronized void closeSoon() {
      if (ws != null && sending != null && !closing) {
        if (nextStep != null) {
          nextStep.cancel(false);
        }
        nextStep = timer.schedule(this::sendClose, 0, TimeUnit.NANOSECONDS);
      }
    }

    void abort() {
      WebSocket w = ws;
      if (w != null) {
        w.abort();
      }
    }

    void fail(String errorClass) {
      finish(errorClass);
      abort();
    }

    private void finish(String errorClass) {
      if (done.compareAndSet(false, true)) {
        open.remove(this);
        synchronized (this) {
          if (nextStep != null) {
            nextStep.cancel(false);
          }
        }
        delivery.finished(errorClass);
      }
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      webSocket.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
      finish(statusCode == WebSocket.NORMAL_CLOSURE ? null : "ws-close-" + statusCode);
      return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      finish(Failures.classify(error));
    }
  }
}
