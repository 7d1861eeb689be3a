package io.ccsim.analytic;

/** Argument checks shared by the analytic formulas; messages say what is allowed. */
final class Require {
  private Require() {}

  static void positiveFinite(String name, double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(name + " must be a positive finite number, got " + value);
    }
  }

  static void nonNegativeFinite(String name, double value) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(name + " must be a finite number >= 0, got " + value);
    }
  }

  /** Thresholds may be infinite: SL(infinity) is the share answered at all. */
  static void threshold(double thresholdSeconds) {
    if (!(thresholdSeconds >= 0)) {
      throw new IllegalArgumentException("service-level threshold must be >= 0 seconds, got " + thresholdSeconds);
    }
  }

  static void atLeast(String name, int value, int minimum) {
    if (value < minimum) {
      throw new IllegalArgumentException(name + " must be >= " + minimum + ", got " + value);
    }
  }

  static void fraction(String name, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must be in [0, 1], got " + value);
    }
  }
}
