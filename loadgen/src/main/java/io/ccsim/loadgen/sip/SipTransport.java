package io.ccsim.loadgen.sip;

import java.io.IOException;
import java.net.InetSocketAddress;

/**
 * How SIP messages reach the server: one UDP socket, or one TCP connection, per target, shared by all its
 * calls (as a SIP trunk does). What arrives is handed to the {@link Inbound} on the transport's own thread.
 */
interface SipTransport {
  /** Receives what the server sends. */
  interface Inbound {
    void message(SipMessage message);

    /** The connection broke (TCP): the calls on it cannot go on. */
    void broken(IOException cause);
  }

  /**
   * Makes the transport ready to send (connects, for TCP, within the timeout) and returns the local address
   * that goes in Via and Contact headers.
   */
  InetSocketAddress open() throws IOException;

  /** Sends a message; for TCP, on the open connection. */
  void send(SipMessage message) throws IOException;

  /** Whether the transport is reliable (TCP): requests are then not retransmitted (RFC 3261 section 17.1). */
  boolean reliable();

  /** {@code UDP} or {@code TCP}, as in a Via header. */
  String name();

  void close();

  /** Starts a daemon thread for the transport's reader. */
  static Thread daemon(String name, Runnable body) {
    Thread t = new Thread(body, name);
    t.setDaemon(true);
    t.start();
    return t;
  }
}
