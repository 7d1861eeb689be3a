package io.ccsim.fit;

/**
 * Counts of contacts offered to the queue and the KPIs computed from them with ccsim's definitions:
 * abandonment = abandoned / offered; service level = answered with a wait of at most T / offered
 * (answered-of-offered); ASA = total wait of answered / answered.
 */
public record Kpis(long offered, long answered, long abandoned, long answeredWithin, double answeredWaitSeconds) {
  public static final Kpis ZERO = new Kpis(0, 0, 0, 0, 0);

  public Kpis plus(Kpis o) {
    return new Kpis(offered + o.offered, answered + o.answered, abandoned + o.abandoned,
        answeredWithin + o.answeredWithin, answeredWaitSeconds + o.answeredWaitSeconds);
  }

  public double abandonRate() {
    return offered == 0 ? Double.NaN : (double) abandoned / offered;
  }

  public double serviceLevel() {
    return offered == 0 ? Double.NaN : (double) answeredWithin / offered;
  }

  public double asaSeconds() {
    return answered == 0 ? Double.NaN : answeredWaitSeconds / answered;
  }
}
