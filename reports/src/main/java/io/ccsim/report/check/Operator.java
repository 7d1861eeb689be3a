package io.ccsim.report.check;

/** The comparisons an expectation may use. */
public enum Operator {
  AT_LEAST(">="), AT_MOST("<="), ABOVE(">"), BELOW("<"), EQUAL("==");

  private final String symbol;

  Operator(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }

  /** Whether {@code actual OP expected} holds; never for NaN. */
  public boolean holds(double actual, double expected) {
    if (Double.isNaN(actual)) {
      return false;
    }
    return switch (this) {
      case AT_LEAST -> actual >= expected;
      case AT_MOST -> actual <= expected;
      case ABOVE -> actual > expected;
      case BELOW -> actual < expected;
      case EQUAL -> actual == expected;
    };
  }

  /** The operator written as {@code symbol}, or null. */
  static Operator of(String symbol) {
    for (Operator op : values()) {
      if (op.symbol.equals(symbol)) {
        return op;
      }
    }
    return null;
  }
}
