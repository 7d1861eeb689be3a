package io.ccsim.center;

import io.ccsim.engine.Simulator;

/**
 * The measurement window [warmup, horizon) and the drain after it: contacts arriving inside it are
 * counted, and once the horizon has passed the run stops as soon as every counted contact has its outcome
 * and every counted issue has closed.
 */
final class MeasurementWindow {
  private final Simulator simulator;
  final double warmupSeconds;
  final double horizonSeconds;
  /** Counted contacts without an outcome yet, plus counted issues still open. */
  private long pendingCounted;

  MeasurementWindow(Simulator simulator, double warmupSeconds, double horizonSeconds) {
    this.simulator = simulator;
    this.warmupSeconds = warmupSeconds;
    this.horizonSeconds = horizonSeconds;
  }

  boolean counts(double arrivalSeconds) {
    return arrivalSeconds >= warmupSeconds && arrivalSeconds < horizonSeconds;
  }

  /** The end of the drain: one more window length after the horizon. */
  double drainLimitSeconds() {
    return horizonSeconds + (horizonSeconds - warmupSeconds);
  }

  /** A counted contact arrived, or a counted issue opened: the run waits for its outcome. */
  void expectOutcome() {
    pendingCounted++;
  }

  /** A counted contact got its outcome, or a counted issue closed; once all have, after the horizon, stop. */
  void outcomeReached() {
    if (--pendingCounted == 0 && simulator.now() >= horizonSeconds) {
      simulator.stop();
    }
  }

  boolean anythingPending() {
    return pendingCounted > 0;
  }
}
