package io.ccsim.loadgen.sip;

import java.io.IOException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A SIP client transaction (RFC 3261 section 17.1): sends a request and, over UDP, retransmits it until a
 * response comes. An INVITE is retransmitted at T1, 2·T1, 4·T1, ... (timer A) until any response; another
 * request at T1, 2·T1, ... capped at T2 (timer E), until a final response. The transaction times out
 * (timer B, F) after 64·T1, or after the run's {@code --timeout} when that is shorter, so that a silent
 * server is counted within the run's caps. Over TCP nothing is retransmitted; the timeout is the same.
 *
 * <p>Its methods run under the call's lock ({@code owner}), like every event of a call.
 */
final class ClientTransaction {
  static final long T1_NANOS = 500_000_000L;
  static final long T2_NANOS = 4_000_000_000L;
  static final long DEFAULT_TIMEOUT_NANOS = 64 * T1_NANOS;

  /** What the call learns from its transaction. */
  interface Listener {
    void timedOut(ClientTransaction transaction);

    void failed(ClientTransaction transaction, IOException cause);
  }

  private final Object owner;
  private final SipTransport transport;
  private final ScheduledExecutorService timer;
  private final SipMessage request;
  private final boolean invite;
  private final long timeoutNanos;
  private final Listener listener;
  private ScheduledFuture<?> retransmit;
  private ScheduledFuture<?> timeout;
  private long interval = T1_NANOS;
  private boolean provisional;
  private boolean done;

  ClientTransaction(Object owner, SipTransport transport, ScheduledExecutorService timer, SipMessage request,
      long timeoutNanos, Listener listener) {
    this.owner = owner;
    this.transport = transport;
    this.timer = timer;
    this.request = request;
    this.invite = request.method().equals("INVITE");
    this.timeoutNanos = timeoutNanos;
    this.listener = listener;
  }

  SipMessage request() {
    return request;
  }

  /** Sends the request and starts the timers; a send that fails is reported to the listener at once. */
  void start() {
    try {
      transport.send(request);
    } catch (IOException e) {
      done = true;
      listener.failed(this, e);
      return;
    }
    if (!transport.reliable()) {
      retransmit = timer.schedule(this::retransmit, interval, TimeUnit.NANOSECONDS);
    }
    timeout = timer.schedule(this::timeout, timeoutNanos, TimeUnit.NANOSECONDS);
  }

  /** A response to the request came: a provisional one stops an INVITE's retransmissions and timeout. */
  void response(SipMessage response) {
    if (done) {
      return;
    }
    if (response.status() >= 200) {
      stop();
      return;
    }
    if (invite && !provisional) {
      // Proceeding: the server has the INVITE; it will answer, or the call is cancelled at its patience.
      cancel(retransmit);
      cancel(timeout);
    } else if (!invite) {
      interval = T2_NANOS; // RFC 3261 17.1.2.2: in Proceeding, retransmit at T2
    }
    provisional = true;
  }

  /** Whether a provisional response came (a CANCEL may be sent only then, RFC 3261 section 9.1). */
  boolean provisional() {
    return provisional;
  }

  boolean done() {
    return done;
  }

  /** Ends the transaction: no more retransmissions or timeout. */
  void stop() {
    done = true;
    cancel(retransmit);
    cancel(timeout);
  }

  private void retransmit() {
    synchronized (owner) {
      if (done || (invite && provisional)) {
        return;
      }
      try {
        transport.send(request);
      } catch (IOException e) {
        stop();
        listener.failed(this, e);
        return;
      }
      interval = invite ? interval * 2 : Math.min(interval * 2, T2_NANOS);
      retransmit = timer.schedule(this::retransmit, interval, TimeUnit.NANOSECONDS);
    }
  }

  private void timeout() {
    synchronized (owner) {
      if (done) {
        return;
      }
      stop();
      listener.timedOut(this);
    }
  }

  private static void cancel(ScheduledFuture<?> f) {
    if (f != null) {
      f.cancel(false);
    }
  }
}
