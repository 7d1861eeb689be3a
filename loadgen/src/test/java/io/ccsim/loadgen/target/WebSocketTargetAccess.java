package io.ccsim.loadgen.target;

/** Lets tests in other packages ask how many messages a chat sends. */
public final class WebSocketTargetAccess {
  private WebSocketTargetAccess() {}

  public static int messagesFor(double handleSeconds) {
    return WebSocketTarget.messagesFor(handleSeconds);
  }
}
