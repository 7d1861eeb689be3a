package io.ccsim.loadgen;

import io.ccsim.loadgen.target.Target;
import io.ccsim.loadgen.target.TargetKind;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A target with its in-flight gate: at most {@code cap} contacts in flight. When the run ends the gate
 * is sealed: what is still in flight is counted as unfinished, and later answers are ignored.
 */
final class Route {
  private static final int SEALED = Integer.MIN_VALUE / 2;

  final Target target;
  final TargetKind kind;
  private final int cap;
  private final AtomicInteger inFlight = new AtomicInteger();

  Route(Target target, TargetKind kind, int cap) {
    this.target = target;
    this.kind = kind;
    this.cap = cap;
  }

  /** Takes a slot; false when the cap is reached or the gate is sealed. */
  boolean tryAcquire() {
    while (true) {
      int v = inFlight.get();
      if (v < 0 || v >= cap) {
        return false;
      }
      if (inFlight.compareAndSet(v, v + 1)) {
        return true;
      }
    }
  }

  /** Gives a slot back; false once sealed (the contact was already counted as unfinished). */
  boolean release() {
    while (true) {
      int v = inFlight.get();
      if (v <= 0) {
        return false;
      }
      if (inFlight.compareAndSet(v, v - 1)) {
        return true;
      }
    }
  }

  int inFlight() {
    return Math.max(0, inFlight.get());
  }

  /** Seals the gate and returns how many contacts were still in flight. */
  int seal() {
    int v = inFlight.getAndSet(SEALED);
    return Math.max(0, v);
  }
}
