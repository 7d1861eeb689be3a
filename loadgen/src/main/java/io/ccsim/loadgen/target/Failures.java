package io.ccsim.loadgen.target;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.net.http.WebSocketHandshakeException;
import java.nio.channels.ClosedChannelException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/** Names the class of a failed delivery, as counted in reports: refused, timeout, http-503, smtp-550, ... */
public final class Failures {
  public static final String REFUSED = "refused";
  public static final String TIMEOUT = "timeout";
  public static final String IO = "io";
  public static final String CLIENT = "client";

  private Failures() {}

  /** The class of {@code failure} (wrappers such as CompletionException are looked through). */
  public static String classify(Throwable failure) {
    Throwable t = unwrap(failure);
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof ConnectException) {
        return REFUSED;
      }
      if (c instanceof HttpTimeoutException || c instanceof SocketTimeoutException || c instanceof TimeoutException) {
        return TIMEOUT;
      }
      if (c instanceof WebSocketHandshakeException handshake) {
        return "ws-handshake-" + handshake.getResponse().statusCode();
      }
    }
    if (t instanceof IOException || t instanceof ClosedChannelException) {
      return IO;
    }
    return CLIENT;
  }

  static Throwable unwrap(Throwable failure) {
    Throwable t = failure;
    while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }
}
