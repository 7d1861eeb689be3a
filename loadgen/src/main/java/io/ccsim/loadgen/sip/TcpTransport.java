package io.ccsim.loadgen.sip;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;

/**
 * SIP over TCP: one connection to the server, opened on the first call (within the timeout) and opened
 * again on the next call after it broke. Messages are framed by Content-Length ({@link SipFraming}).
 */
final class TcpTransport implements SipTransport {
  private final InetSocketAddress server;
  private final Inbound inbound;
  private final int connectTimeoutMillis;
  private Socket socket;
  private OutputStream out;
  private volatile boolean closed;

  TcpTransport(InetSocketAddress server, Inbound inbound, Duration timeout) {
    this.server = server;
    this.inbound = inbound;
    this.connectTimeoutMillis = (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis()));
  }

  @Override
  public synchronized InetSocketAddress open() throws IOException {
    if (closed) {
      throw new IOException("the SIP target is closed");
    }
    if (socket == null) {
      Socket s = new Socket();
      s.setTcpNoDelay(true);
      try {
        s.connect(server, connectTimeoutMillis);
      } catch (IOException e) {
        s.close();
        throw e;
      }
      socket = s;
      out = s.getOutputStream();
      InputStream in = s.getInputStream();
      SipTransport.daemon("ccsim-sip-tcp", () -> read(s, in));
    }
    return new InetSocketAddress(socket.getLocalAddress(), socket.getLocalPort());
  }

  private void read(Socket s, InputStream in) {
    SipFraming framing = new SipFraming();
    byte[] buffer = new byte[16 * 1024];
    IOException cause;
    try {
      int n;
      while ((n = in.read(buffer)) >= 0) {
        framing.feed(buffer, n, inbound::message);
      }
      cause = new IOException("the server closed the SIP connection");
    } catch (IOException e) {
      cause = e;
    } catch (IllegalArgumentException e) {
      cause = new IOException("the server sent what is not SIP: " + e.getMessage());
    }
    synchronized (this) {
      if (socket == s) {
        socket = null;
        out = null;
      }
    }
    try {
      s.close();
    } catch (IOException ignored) {
      // Closing anyway.
    }
    if (!closed) {
      inbound.broken(cause);
    }
  }

  @Override
  public synchronized void send(SipMessage message) throws IOException {
    if (out == null) {
      open();
    }
    out.write(message.encode());
    out.flush();
  }

  @Override
  public boolean reliable() {
    return true;
  }

  @Override
  public String name() {
    return "TCP";
  }

  @Override
  public synchronized void close() {
    closed = true;
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // Closing anyway.
      }
    }
  }
}
