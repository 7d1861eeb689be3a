package io.ccsim.loadgen.sip;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;

/**
 * SIP over UDP: one socket bound to the local address that routes to the server, one datagram per
 * message. Datagrams from anyone are read (a server may answer from another port), and what is not SIP
 * is ignored.
 */
final class UdpTransport implements SipTransport {
  private final InetSocketAddress server;
  private final DatagramChannel channel;
  private final InetSocketAddress local;
  private volatile boolean closed;

  UdpTransport(InetSocketAddress server, Inbound inbound) throws IOException {
    this.server = server;
    // The local address the system routes to the server from (no packet is sent by connecting).
    try (DatagramSocket probe = new DatagramSocket()) {
      probe.connect(server);
      channel = DatagramChannel.open().bind(new InetSocketAddress(probe.getLocalAddress(), 0));
    }
    channel.setOption(java.net.StandardSocketOptions.SO_RCVBUF, 4 << 20);
    local = (InetSocketAddress) channel.getLocalAddress();
    SipTransport.daemon("ccsim-sip-udp", () -> read(inbound));
  }

  private void read(Inbound inbound) {
    ByteBuffer buffer = ByteBuffer.allocate(65_535);
    while (!closed) {
      try {
        buffer.clear();
        channel.receive(buffer);
        buffer.flip();
        SipMessage m;
        try {
          m = SipMessage.parse(buffer.array(), 0, buffer.limit());
        } catch (IllegalArgumentException notSip) {
          continue;
        }
        inbound.message(m);
      } catch (ClosedChannelException e) {
        return;
      } catch (IOException e) {
        // An ICMP error reported on the socket: nothing to tell a call by; timers see to silence.
      }
    }
  }

  @Override
  public InetSocketAddress open() {
    return local;
  }

  @Override
  public void send(SipMessage message) throws IOException {
    channel.send(ByteBuffer.wrap(message.encode()), server);
  }

  @Override
  public boolean reliable() {
    return false;
  }

  @Override
  public String name() {
    return "UDP";
  }

  @Override
  public void close() {
    closed = true;
    try {
      channel.close();
    } catch (IOException ignored) {
      // Closing anyway.
    }
  }
}
