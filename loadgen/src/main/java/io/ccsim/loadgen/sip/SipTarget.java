package io.ccsim.loadgen.sip;

import io.ccsim.loadgen.target.ContactEvent;
import io.ccsim.loadgen.target.Delivery;
import io.ccsim.loadgen.target.Target;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * {@code sip:USER@HOST:PORT}: each contact is a phone call placed by ccsim's own small SIP user agent client
 * ({@link SipCall}); see docs/load.md#phone-calls-sip. The calls share one UDP socket or TCP connection and
 * one timer thread; responses and the server's requests are matched to their call by Call-ID.
 */
public final class SipTarget implements Target {
  /** How long an ended call still answers retransmissions (a 200 or a final failure repeated over UDP). */
  static final long LINGER_NANOS = 5_000_000_000L;

  private final String label;
  private final SipAddress address;
  private final SipTransport transport;
  private final long transactionTimeoutNanos;
  private final ScheduledExecutorService timer;
  private final RtpPump rtp;
  private final Map<String, SipCall> calls = new ConcurrentHashMap<>();

  /**
   * @param timeout caps each SIP transaction's timeout (64·T1 = 32 s by RFC 3261) and a TCP connect
   */
  public SipTarget(String label, SipAddress address, Duration timeout) {
    this.label = label;
    this.address = address;
    this.transactionTimeoutNanos = Math.min(ClientTransaction.DEFAULT_TIMEOUT_NANOS, timeout.toNanos());
    InetSocketAddress server;
    try {
      server = new InetSocketAddress(InetAddress.getByName(address.host()), address.port());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot find the SIP host " + address.host() + ": " + e.getMessage(), e);
    }
    SipTransport.Inbound inbound = new SipTransport.Inbound() {
      @Override
      public void message(SipMessage message) {
        inbound(message);
      }

      @Override
      public void broken(IOException cause) {
        calls.values().forEach(c -> c.transportFailed(cause));
      }
    };
    try {
      transport = address.transport() == SipAddress.Transport.TCP ? new TcpTransport(server, inbound, timeout)
          : new UdpTransport(server, inbound);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open a SIP socket for " + label + ": " + e.getMessage(), e);
    }
    ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(1, r -> {
      Thread t = new Thread(r, "ccsim-sip-timer");
      t.setDaemon(true);
      return t;
    });
    pool.setRemoveOnCancelPolicy(true);
    timer = pool;
    rtp = address.media() == SipAddress.Media.NONE ? null : new RtpPump(address.media() == SipAddress.Media.TONE);
    warmUp();
  }

  /**
   * Builds, encodes and parses a call's messages once before the run starts: loading and initializing these
   * classes on the first call takes milliseconds, which would make the first calls late.
   */
  private void warmUp() {
    InetSocketAddress local = new InetSocketAddress(InetAddress.getLoopbackAddress(), 5060);
    for (int i = 0; i < 100; i++) {
      SipMessage invite = Requests.inDialog("INVITE", address.requestUri(), transport, local, Requests.branch(),
          "<sip:ccsim@127.0.0.1>;tag=" + Requests.token(), "<" + address.requestUri() + ">", "warm-up", 1)
          .body("application/sdp", Sdp.offer(local.getAddress(), 9, false, i));
      byte[] wire = SipMessage.responseTo(invite, 180, "Ringing").toTag("t").encode();
      SipMessage parsed = SipMessage.parse(wire, 0, wire.length);
      Requests.ackOfFailure(invite, parsed).encode();
      Requests.cancel(invite).encode();
      Sdp.audioDestination(invite.bodyText());
    }
  }

  @Override
  public String label() {
    return label;
  }

  /** Over TCP the first call connects, which may take up to the timeout. */
  @Override
  public boolean callerMayBlock() {
    return transport.reliable();
  }

  @Override
  public void send(ContactEvent event, Delivery delivery) {
    new SipCall(this, event, delivery).start();
  }

  private void inbound(SipMessage m) {
    String callId = m.callId();
    SipCall call = callId == null ? null : calls.get(callId);
    if (!m.isRequest()) {
      if (call != null) {
        call.response(m);
      }
      return;
    }
    if (call != null) {
      call.request(m);
    } else if (m.method().equals("OPTIONS")) {
      reply(m, 200, "OK"); // a keep-alive ping
    } else if (!m.method().equals("ACK")) {
      reply(m, 481, "Call/Transaction Does Not Exist");
    }
  }

  private void reply(SipMessage request, int status, String reason) {
    try {
      transport.send(SipMessage.responseTo(request, status, reason));
    } catch (IOException ignored) {
      // The server will retransmit or give up; nothing here depends on it.
    }
  }

  @Override
  public void hurry() {
    calls.values().forEach(SipCall::hurry);
  }

  @Override
  public void close() {
    calls.values().forEach(SipCall::abort);
    timer.shutdownNow();
    if (rtp != null) {
      rtp.close();
    }
    transport.close();
  }

  SipAddress address() {
    return address;
  }

  SipTransport transport() {
    return transport;
  }

  ScheduledExecutorService timer() {
    return timer;
  }

  RtpPump rtp() {
    return rtp;
  }

  long transactionTimeoutNanos() {
    return transactionTimeoutNanos;
  }

  void register(String callId, SipCall call) {
    calls.put(callId, call);
  }

  void forgetLater(String callId) {
    try {
      timer.schedule(() -> calls.remove(callId), LINGER_NANOS, TimeUnit.NANOSECONDS);
    } catch (java.util.concurrent.RejectedExecutionException closing) {
      calls.remove(callId);
    }
  }
}
