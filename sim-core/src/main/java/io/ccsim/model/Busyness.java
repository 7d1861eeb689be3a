package io.ccsim.model;

/**
 * The day-level busyness of an arrival stream: every day's rates are multiplied by a factor drawn from
 * a gamma distribution with mean 1 and coefficient of variation {@code cv}, because real daily volumes
 * vary more than Poisson. With daily mean m, a day's volume then has variance m + cv² m² (instead of m).
 *
 * <p>Factors are drawn in day order from the random stream {@code busyness/shared} when {@code shared}
 * (so every shared stream sees the same factor on the same day, provided they all have the same cv, which
 * the config module checks) or {@code busyness/<channel>} otherwise
 * (independent channels). Either way they do not depend on the rates, so compared scenarios see the
 * same busy and quiet days.
 *
 * @param cv coefficient of variation of the daily factor, finite and >= 0; 0: no busyness
 * @param shared whether the factor is the one shared by every stream with {@code shared} set
 */
public record Busyness(double cv, boolean shared) {
  /** No day-to-day variation beyond Poisson. */
  public static final Busyness NONE = new Busyness(0, false);

  public Busyness {
    if (!(cv >= 0) || Double.isInfinite(cv)) {
      throw new IllegalArgumentException("busyness cv must be finite and >= 0, got " + cv);
    }
  }

  /** Whether days vary at all. */
  public boolean varies() {
    return cv > 0;
  }
}
