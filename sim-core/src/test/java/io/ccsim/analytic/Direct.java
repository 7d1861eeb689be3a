package io.ccsim.analytic;

/** Straightforward textbook formulas, computed in log space, to check the production code independently. */
final class Direct {
  private Direct() {}

  /** ln(a^k / k!) for k = 0..n. */
  static double[] logTerms(double load, int n) {
    double[] t = new double[n + 1];
    for (int k = 1; k <= n; k++) {
      t[k] = t[k - 1] + Math.log(load) - Math.log(k);
    }
    return t;
  }

  static double logSumExp(double[] values, int from, int to) {
    double max = Double.NEGATIVE_INFINITY;
    for (int i = from; i <= to; i++) {
      max = Math.max(max, values[i]);
    }
    double sum = 0;
    for (int i = from; i <= to; i++) {
      sum += Math.exp(values[i] - max);
    }
    return max + Math.log(sum);
  }

  /** Erlang B = (a^c/c!) / Σ_{k<=c} a^k/k!. */
  static double erlangB(int c, double a) {
    double[] t = logTerms(a, c);
    return Math.exp(t[c] - logSumExp(t, 0, c));
  }

  /** Erlang C = (a^c/c! · c/(c-a)) / (Σ_{k<c} a^k/k! + a^c/c! · c/(c-a)). */
  static double erlangC(int c, double a) {
    double[] t = logTerms(a, c);
    double top = t[c] + Math.log(c / (c - a));
    double[] both = {logSumExp(t, 0, c - 1), top};
    return Math.exp(top - logSumExp(both, 0, 1));
  }
}
