package io.ccsim.loadgen.target;

import java.io.Writer;
import java.time.Duration;

/**
 * What targets are built with.
 *
 * @param timeout connect and response timeout of one delivery
 * @param maxInFlight the most contacts in flight per target
 * @param smtpConnections SMTP connections (and sending threads) per mail target
 * @param httpConnections HTTP/1.1 connections per HTTP target: requests beyond wait for one (in flight,
 *     measured from their intended time), so that a slow system does not make the client open thousands
 * @param stdout where {@code jsonl:-} writes
 */
public record TargetSettings(Duration timeout, int maxInFlight, int smtpConnections, int httpConnections,
    Writer stdout) {
  public TargetSettings {
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, got " + timeout);
    }
    if (maxInFlight < 1) {
      throw new IllegalArgumentException("in-flight cap must be >= 1, got " + maxInFlight);
    }
    if (httpConnections < 1) {
      throw new IllegalArgumentException("HTTP connections must be >= 1, got " + httpConnections);
    }
    if (smtpConnections < 1) {
      throw new IllegalArgumentException("SMTP connections must be >= 1, got " + smtpConnections);
    }
  }
}
