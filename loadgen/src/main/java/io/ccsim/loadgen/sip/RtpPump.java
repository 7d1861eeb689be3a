package io.ccsim.loadgen.sip;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * The RTP streams of a SIP target's calls (RFC 3550): every 20 ms one thread sends one G.711 µ-law packet
 * (160 samples, payload type 0) on every answered call's socket and reads what has arrived, so that a
 * thousand calls cost one thread, not a thousand. The payload is silence, or a 1 kHz tone at about −10 dBFS
 * (8 samples a period, so every packet carries the same 160 bytes).
 */
final class RtpPump {
  static final long PACKET_NANOS = 20_000_000L;
  static final int SAMPLES_PER_PACKET = 160;
  private static final int HEADER_BYTES = 12;

  private final byte[] payload;
  private final Set<Stream> streams = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "ccsim-sip-rtp");
    t.setDaemon(true);
    return t;
  });

  RtpPump(boolean tone) {
    payload = new byte[SAMPLES_PER_PACKET];
    for (int i = 0; i < payload.length; i++) {
      double sample = tone ? 0.316 * Math.sin(2 * Math.PI * 1000 * i / 8000.0) : 0;
      payload[i] = muLaw((int) Math.round(sample * 32767));
    }
    clock.scheduleAtFixedRate(this::tick, PACKET_NANOS, PACKET_NANOS, TimeUnit.NANOSECONDS);
  }

  /** G.711 µ-law of a 16-bit linear sample (ITU-T G.711, with the usual bias of 0x84 and clip at 32635). */
  static byte muLaw(int sample) {
    int sign = (sample >> 8) & 0x80;
    int magnitude = Math.min(Math.abs(sample), 32635) + 0x84;
    int exponent = 7;
    for (int mask = 0x4000; (magnitude & mask) == 0 && exponent > 0; mask >>= 1) {
      exponent--;
    }
    int mantissa = (magnitude >> (exponent + 3)) & 0x0F;
    return (byte) ~(sign | (exponent << 4) | mantissa);
  }

  /** A socket for a call's stream, bound now so that its port goes in the SDP offer. */
  Stream open(InetAddress local) throws IOException {
    DatagramChannel channel = DatagramChannel.open().bind(new InetSocketAddress(local, 0));
    channel.configureBlocking(false);
    return new Stream(channel);
  }

  private void tick() {
    for (Stream s : streams) {
      s.pump();
    }
  }

  void close() {
    clock.shutdownNow();
    for (Stream s : streams) {
      s.close();
    }
  }

  /** One call's stream: silent until {@link #start}, counted until {@link #close}. */
  final class Stream {
    private final DatagramChannel channel;
    private final ByteBuffer packet = ByteBuffer.allocate(HEADER_BYTES + SAMPLES_PER_PACKET);
    private final ByteBuffer incoming = ByteBuffer.allocate(2048);
    private final int ssrc = ThreadLocalRandom.current().nextInt();
    private volatile InetSocketAddress destination;
    private int sequence = ThreadLocalRandom.current().nextInt(1 << 16);
    private int timestamp = ThreadLocalRandom.current().nextInt();
    private volatile long sent;
    private volatile long received;

    private Stream(DatagramChannel channel) {
      this.channel = channel;
    }

    int port() {
      return channel.socket().getLocalPort();
    }

    /** Starts sending to {@code to} (from the answer's SDP); without one the stream only counts what comes. */
    void start(InetSocketAddress to) {
      destination = to;
      streams.add(this);
    }

    private synchronized void pump() {
      InetSocketAddress to = destination;
      if (!channel.isOpen()) {
        return;
      }
      try {
        if (to != null) {
          packet.clear();
          packet.put((byte) 0x80).put((byte) 0) // version 2, no padding or extension; PCMU
              .putShort((short) sequence).putInt(timestamp).putInt(ssrc).put(payload).flip();
          if (channel.send(packet, to) > 0) {
            sent++;
          }
          sequence = (sequence + 1) & 0xFFFF;
          timestamp += SAMPLES_PER_PACKET;
        }
        while (true) {
          incoming.clear();
          if (channel.receive(incoming) == null) {
            break;
          }
          received++;
        }
      } catch (IOException e) {
        // An ICMP error from the far end (nothing listens): the packet is lost, as on a network.
      }
    }

    long sent() {
      return sent;
    }

    long received() {
      return received;
    }

    /** Stops the stream and releases its socket; the counts stay. */
    synchronized void close() {
      streams.remove(this);
      try {
        channel.close();
      } catch (IOException ignored) {
        // Closing anyway.
      }
    }
  }
}
