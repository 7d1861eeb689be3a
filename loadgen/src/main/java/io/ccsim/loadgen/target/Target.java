package io.ccsim.loadgen.target;

/**
 * Where contacts go: a file, an HTTP endpoint, a chat (WebSocket) server, a mail (SMTP) server.
 * {@link #send} starts the delivery and returns at once (the sender keeps its schedule whatever the
 * system does) and reports on the {@link Delivery}; the load generator bounds how many are in flight.
 */
public interface Target {
  /** The target as the user wrote it, e.g. {@code http://127.0.0.1:8080/contacts}. */
  String label();

  /** Starts delivering one contact; must not block for long. */
  void send(ContactEvent event, Delivery delivery);

  /**
   * Whether {@link #send} may take long on the caller's thread: java.net.http sets up connections and
   * handshakes partly on the calling thread, taking milliseconds when the machine is busy. The load
   * generator calls such targets from its dispatch threads, so that its sender keeps the schedule.
   */
  default boolean callerMayBlock() {
    return false;
  }

  /** Open sessions should end as soon as they can (the run is stopping); a no-op for one-shot targets. */
  default void hurry() {}

  /** Releases connections and threads; what is still in flight is abandoned. */
  void close();
}
