package io.ccsim.loadgen.sip;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/**
 * A small SIP server (user agent server) for the tests and the benchmark, on 127.0.0.1 with ephemeral UDP
 * and TCP ports, in this JVM. For each new INVITE it sends 100 Trying, then either a final rejection, or
 * 180 Ringing and, after the configured delay, 200 OK with an SDP answer (an RTP echo socket); a CANCEL
 * before the answer gets 200 and the INVITE 487; a BYE gets 200; with {@link #hangUpAfter} it hangs up
 * answered calls itself. {@link #silent} makes it answer nothing. It records every request it receives
 * (retransmissions included) with its time, unless recording is off (the benchmark).
 */
public final class SipTestServer implements AutoCloseable {
  /** One request as received, at {@code at}; {@code intendedAt} is the call's X-Ccsim-Intended-At, or null. */
  public record Received(Instant at, String transport, String method, String callId, String contactId,
      Instant intendedAt, long handleMillis, long patienceMillis, boolean toTagged) {}

  private final DatagramChannel udp;
  private final ServerSocket tcp;
  private final DatagramChannel rtp;
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "uas-timer"));
  private final Map<String, Call> calls = new ConcurrentHashMap<>();
  private final Queue<Received> received = new ConcurrentLinkedQueue<>();
  private final Map<String, Instant> answeredAt = new ConcurrentHashMap<>();
  private final AtomicLong invites = new AtomicLong();
  private final AtomicLong byes = new AtomicLong();
  private final AtomicLong hangUps = new AtomicLong();
  private final AtomicLong rtpPackets = new AtomicLong();
  private volatile long answerAfterNanos;
  private volatile ToIntFunction<SipMessage> reject = invite -> 0;
  private volatile boolean silent;
  private volatile long hangUpAfterNanos = -1;
  private volatile boolean recording = true;
  private volatile boolean closed;
  private volatile long lastRequestNanos = System.nanoTime();

  /** On ephemeral ports. */
  public SipTestServer() throws IOException {
    this(0);
  }

  /** On {@code port} (UDP and TCP), or ephemeral ports for 0. */
  public SipTestServer(int port) throws IOException {
    InetAddress loopback = InetAddress.getByName("127.0.0.1");
    udp = DatagramChannel.open().bind(new InetSocketAddress(loopback, port));
    udp.setOption(java.net.StandardSocketOptions.SO_RCVBUF, 4 << 20);
    tcp = new ServerSocket(port == 0 ? 0 : port, 50, loopback);
    rtp = DatagramChannel.open().bind(new InetSocketAddress(loopback, 0));
    rtp.setOption(java.net.StandardSocketOptions.SO_RCVBUF, 4 << 20);
    daemon(this::readUdp, "uas-udp").start();
    daemon(this::accept, "uas-tcp-accept").start();
    daemon(this::echoRtp, "uas-rtp").start();
  }

  /**
   * Runs the server by hand: {@code SipTestServer PORT [ANSWER_AFTER_MS]} on 127.0.0.1 (UDP and TCP), until
   * stopped; then prints what it received. Not recording, so it can run for long.
   */
  public static void main(String[] args) throws Exception {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 5060;
    long answerMillis = args.length > 1 ? Long.parseLong(args[1]) : 0;
    SipTestServer server = new SipTestServer(port).answerAfter(Duration.ofMillis(answerMillis)).notRecording();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.printf(
        "SIP test server: %d calls (new INVITEs), %d BYEs received, %d BYEs sent, %d RTP packets echoed%n",
        server.invites(), server.byes(), server.hangUps(), server.rtpPackets())));
    System.out.printf("SIP test server on 127.0.0.1:%d (UDP) and 127.0.0.1:%d (TCP), answering after %d ms%n",
        server.udpPort(), server.tcpPort(), answerMillis);
    Thread.currentThread().join();
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }

  public int udpPort() {
    return udp.socket().getLocalPort();
  }

  public int tcpPort() {
    return tcp.getLocalPort();
  }

  /** Answers (200 OK) this long after the INVITE; a negative duration: rings and never answers. */
  public SipTestServer answerAfter(Duration delay) {
    answerAfterNanos = delay.toNanos();
    return this;
  }

  /** Rejects the INVITEs for which {@code status} gives a status (0: answer it as configured). */
  public SipTestServer reject(ToIntFunction<SipMessage> status) {
    reject = status;
    return this;
  }

  /** Answers nothing at all (a server that is down, or drops the traffic). */
  public SipTestServer silent() {
    silent = true;
    return this;
  }

  /** Sends BYE itself this long after it answered. */
  public SipTestServer hangUpAfter(Duration delay) {
    hangUpAfterNanos = delay.toNanos();
    return this;
  }

  /** Keeps counts only (for long benchmark runs, whose record would not fit in memory). */
  public SipTestServer notRecording() {
    recording = false;
    return this;
  }

  public List<Received> received(String method) {
    return received.stream().filter(r -> r.method().equals(method)).toList();
  }

  /** Requests of one method by Call-ID, in order of arrival. */
  public Map<String, List<Received>> byCallId(String method) {
    return received(method).stream().collect(Collectors.groupingBy(Received::callId));
  }

  /** When the server sent the 200 OK of a call, or null. */
  public Instant answeredAt(String callId) {
    return answeredAt.get(callId);
  }

  /**
   * Waits (at most 5 s) until every call the server took has ended on its side (hung up, or its final
   * response ACKed) and no request has come for {@code quiet}: the client's last messages, sent as the run
   * ended, may still be on their way, or waiting for this server's threads on a busy machine.
   */
  public void awaitQuiet(Duration quiet) throws InterruptedException {
    long giveUp = System.nanoTime() + 5_000_000_000L;
    while ((!calls.isEmpty() || System.nanoTime() - lastRequestNanos < quiet.toNanos())
        && System.nanoTime() < giveUp) {
      Thread.sleep(10);
    }
  }

  public long invites() {
    return invites.get();
  }

  public long byes() {
    return byes.get();
  }

  /** The BYEs the server sent itself ({@link #hangUpAfter}). */
  public long hangUps() {
    return hangUps.get();
  }

  public long rtpPackets() {
    return rtpPackets.get();
  }

  /** Where replies to one client go: its UDP address, or its TCP connection. */
  private interface Peer {
    void send(SipMessage m);

    String transport();
  }

  private void readUdp() {
    ByteBuffer buffer = ByteBuffer.allocate(65_535);
    while (!closed) {
      try {
        buffer.clear();
        SocketAddress from = udp.receive(buffer);
        buffer.flip();
        SipMessage m = SipMessage.parse(buffer.array(), 0, buffer.limit());
        handle(m, new Peer() {
          @Override
          public void send(SipMessage reply) {
            try {
              udp.send(ByteBuffer.wrap(reply.encode()), from);
            } catch (IOException ignored) {
              // The client is gone; it will time out.
            }
          }

          @Override
          public String transport() {
            return "UDP";
          }
        });
      } catch (IOException | RuntimeException e) {
        if (closed) {
          return;
        }
      }
    }
  }

  private void accept() {
    while (!closed) {
      try {
        Socket s = tcp.accept();
        s.setTcpNoDelay(true);
        daemon(() -> readTcp(s), "uas-tcp").start();
      } catch (IOException e) {
        return;
      }
    }
  }

  private void readTcp(Socket s) {
    try (s) {
      InputStream in = s.getInputStream();
      OutputStream out = s.getOutputStream();
      Peer peer = new Peer() {
        @Override
        public void send(SipMessage reply) {
          synchronized (out) {
            try {
              out.write(reply.encode());
              out.flush();
            } catch (IOException ignored) {
              // The connection is gone.
            }
          }
        }

        @Override
        public String transport() {
          return "TCP";
        }
      };
      SipFraming framing = new SipFraming();
      byte[] buffer = new byte[16 * 1024];
      int n;
      while ((n = in.read(buffer)) >= 0) {
        framing.feed(buffer, n, m -> handle(m, peer));
      }
    } catch (IOException | RuntimeException e) {
      // The client closed the connection.
    }
  }

  private void echoRtp() {
    ByteBuffer buffer = ByteBuffer.allocate(2048);
    while (!closed) {
      try {
        buffer.clear();
        SocketAddress from = rtp.receive(buffer);
        rtpPackets.incrementAndGet();
        buffer.flip();
        rtp.send(buffer, from);
      } catch (IOException e) {
        if (closed) {
          return;
        }
      }
    }
  }

  private void handle(SipMessage m, Peer peer) {
    if (!m.isRequest()) {
      return; // the answer to the server's own BYE
    }
    String method = m.method();
    lastRequestNanos = System.nanoTime();
    if (recording) {
      String intended = m.header("X-Ccsim-Intended-At");
      received.add(new Received(Instant.now(), peer.transport(), method, m.callId(),
          m.header("X-Ccsim-Contact-Id"), intended == null ? null : Instant.parse(intended),
          number(m.header("X-Ccsim-Handle-Time-Ms")),
          number(m.header("X-Ccsim-Patience-Ms")), m.tag("To") != null));
    }
    if (silent) {
      return;
    }
    switch (method) {
      case "INVITE" -> invite(m, peer);
      case "ACK" -> ack(m);
      case "CANCEL" -> cancel(m, peer);
      case "BYE" -> {
        byes.incrementAndGet();
        peer.send(SipMessage.responseTo(m, 200, "OK"));
        calls.remove(m.callId());
      }
      default -> peer.send(SipMessage.responseTo(m, 200, "OK"));
    }
  }

  private static long number(String value) {
    return value == null ? -1 : Long.parseLong(value);
  }

  private void invite(SipMessage m, Peer peer) {
    Call existing = calls.get(m.callId());
    if (existing != null) {
      existing.repeatLast(); // a retransmission
      return;
    }
    invites.incrementAndGet();
    Call call = new Call(m, peer);
    calls.put(m.callId(), call);
    call.start();
  }

  private void ack(SipMessage m) {
    Call call = calls.get(m.callId());
    if (call != null) {
      call.acked();
    }
  }

  private void cancel(SipMessage m, Peer peer) {
    Call call = calls.get(m.callId());
    if (call == null) {
      peer.send(SipMessage.responseTo(m, 481, "Call/Transaction Does Not Exist"));
      return;
    }
    call.cancelled(m);
  }

  /** The server's side of one call. */
  private final class Call {
    private final SipMessage invite;
    private final Peer peer;
    private final String tag = Requests.token();
    private SipMessage last;
    private boolean finalSent;
    private boolean answered;
    private ScheduledFuture<?> answer;
    private ScheduledFuture<?> retransmit;

    Call(SipMessage invite, Peer peer) {
      this.invite = invite;
      this.peer = peer;
    }

    synchronized void start() {
      reply(SipMessage.responseTo(invite, 100, "Trying"));
      int status = reject.applyAsInt(invite);
      if (status > 0) {
        finalSent = true;
        reply(SipMessage.responseTo(invite, status, "Rejected by the test server").toTag(tag));
        return;
      }
      reply(SipMessage.responseTo(invite, 180, "Ringing").toTag(tag));
      long delay = answerAfterNanos;
      if (delay >= 0) {
        answer = timer.schedule(this::answer, delay, TimeUnit.NANOSECONDS);
      }
    }

    private void reply(SipMessage m) {
      last = m;
      peer.send(m);
    }

    synchronized void repeatLast() {
      if (last != null) {
        peer.send(last);
      }
    }

    private synchronized void answer() {
      if (finalSent) {
        return;
      }
      finalSent = true;
      answered = true;
      String sdp = Sdp.offer(rtp.socket().getLocalAddress(), rtp.socket().getLocalPort(), true, 1);
      SipMessage ok = SipMessage.responseTo(invite, 200, "OK").toTag(tag)
          .header("Contact", "<sip:uas@127.0.0.1:" + (peer.transport().equals("UDP") ? udpPort() : tcpPort()) + ">")
          .body("application/sdp", sdp);
      if (recording) {
        answeredAt.put(invite.callId(), Instant.now());
      }
      reply(ok);
      if (peer.transport().equals("UDP")) {
        retransmit = timer.schedule(this::retransmitOk, 500, TimeUnit.MILLISECONDS);
      }
    }

    private synchronized void retransmitOk() {
      peer.send(last); // until the ACK (RFC 3261 section 13.3.1.4); the client's ACK cancels it
      retransmit = timer.schedule(this::retransmitOk, 1000, TimeUnit.MILLISECONDS);
    }

    synchronized void acked() {
      if (retransmit != null) {
        retransmit.cancel(false);
      }
      if (!answered) {
        calls.remove(invite.callId()); // the ACK of a rejection or a 487 ends the call
        return;
      }
      long hangUp = hangUpAfterNanos;
      if (hangUp >= 0) {
        timer.schedule(this::hangUp, hangUp, TimeUnit.NANOSECONDS);
      }
    }

    private synchronized void hangUp() {
      if (!calls.containsKey(invite.callId())) {
        return; // the client hung up first
      }
      String remote = Requests.contactUri(invite);
      SipMessage bye = SipMessage.request("BYE", remote == null ? "sip:ccsim@127.0.0.1" : remote)
          .header("Via", "SIP/2.0/" + peer.transport() + " 127.0.0.1:"
              + (peer.transport().equals("UDP") ? udpPort() : tcpPort()) + ";branch=" + Requests.branch())
          .header("Max-Forwards", "70")
          .header("From", invite.header("To") + ";tag=" + tag)
          .header("To", invite.header("From"))
          .header("Call-ID", invite.callId())
          .header("CSeq", "1 BYE");
      calls.remove(invite.callId());
      hangUps.incrementAndGet();
      peer.send(bye);
    }

    synchronized void cancelled(SipMessage cancel) {
      peer.send(SipMessage.responseTo(cancel, 200, "OK").toTag(tag));
      if (!finalSent) {
        finalSent = true;
        if (answer != null) {
          answer.cancel(false);
        }
        reply(SipMessage.responseTo(invite, 487, "Request Terminated").toTag(tag));
      }
    }
  }

  @Override
  public void close() throws IOException {
    closed = true;
    timer.shutdownNow();
    udp.close();
    tcp.close();
    rtp.close();
  }
}
