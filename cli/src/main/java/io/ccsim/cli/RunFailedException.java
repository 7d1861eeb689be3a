package io.ccsim.cli;

/**
 * A run that failed for a reason the message states in full (stopped by {@code --max-wall}, a file that
 * could not be written); printed as is, without a class name. Exit code 1.
 */
public final class RunFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RunFailedException(String message) {
    super(message);
  }

  public RunFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
