package io.ccsim.random;

/**
 * Derives one independent {@link RandomStream} per named source (for example {@code arrivals/phone},
 * {@code handle/phone}, {@code patience/phone}) from the scenario seed and the replication index.
 *
 * <p>Because a stream depends only on (seed, replication, name), two scenarios run with the same seed
 * draw the same numbers for the same source (common random numbers), and no result depends on which
 * thread ran which replication or in what order streams were created.
 */
public final class RandomStreams {
  private final long seed;
  private final int replication;

  public RandomStreams(long seed, int replication) {
    if (replication < 0) {
      throw new IllegalArgumentException("replication index must be >= 0, got " + replication);
    }
    this.seed = seed;
    this.replication = replication;
  }

  /** The stream for one source; asking twice for the same name gives two streams with the same numbers. */
  public RandomStream stream(String sourceName) {
    long z = SplitMix64.mix(seed ^ 0x5DEECE66DL);
    z = SplitMix64.mix(z + replication * 0x9E3779B97F4A7C15L);
    z = SplitMix64.mix(z ^ SplitMix64.hash(sourceName));
    return new RandomStream(z);
  }

  public long seed() {
    return seed;
  }

  public int replication() {
    return replication;
  }
}
