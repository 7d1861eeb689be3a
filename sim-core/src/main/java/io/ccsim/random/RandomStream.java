package io.ccsim.random;

/**
 * One independent stream of pseudo-random numbers (xoshiro256**, Blackman and Vigna 2018).
 *
 * <p>Not thread-safe: a stream belongs to one replication, which runs on one thread. We use our own
 * generator rather than {@code java.util.Random} because it is faster, has a 2^256 period, and its
 * output is fixed by this code alone, so results never change with the JDK.
 */
public final class RandomStream {
  private long s0;
  private long s1;
  private long s2;
  private long s3;

  /** Seeds the four state words from one 64-bit seed with SplitMix64, as the authors recommend. */
  public RandomStream(long seed) {
    long x = seed;
    x += 0x9E3779B97F4A7C15L;
    s0 = SplitMix64.mix(x);
    x += 0x9E3779B97F4A7C15L;
    s1 = SplitMix64.mix(x);
    x += 0x9E3779B97F4A7C15L;
    s2 = SplitMix64.mix(x);
    x += 0x9E3779B97F4A7C15L;
    s3 = SplitMix64.mix(x);
  }

  /** The next 64 random bits. */
  public long nextLong() {
    long result = Long.rotateLeft(s1 * 5, 7) * 9;
    long t = s1 << 17;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = Long.rotateLeft(s3, 45);
    return result;
  }

  /** A uniform double in [0, 1), with 53 random bits. */
  public double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  /** A uniform double in (0, 1]: safe to take the logarithm of. */
  public double nextOpenDouble() {
    return ((nextLong() >>> 11) + 1) * 0x1.0p-53;
  }

  /** A uniform integer in [0, bound), without modulo bias (Lemire's method). */
  public int nextInt(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive, got " + bound);
    }
    long m = (nextLong() >>> 32) * bound;
    long low = m & 0xFFFFFFFFL;
    if (low < bound) {
      long threshold = (0x100000000L - bound) % bound;
      while (low < threshold) {
        m = (nextLong() >>> 32) * bound;
        low = m & 0xFFFFFFFFL;
      }
    }
    return (int) (m >>> 32);
  }

  /** An exponential variate with the given mean, by inversion (keeps common random numbers aligned). */
  public double nextExponential(double mean) {
    return -mean * Math.log(nextOpenDouble());
  }

  /** A standard normal variate (Marsaglia's polar method; the second value is discarded to keep streams simple). */
  public double nextGaussian() {
    double u;
    double v;
    double s;
    do {
      u = 2 * nextDouble() - 1;
      v = 2 * nextDouble() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s == 0);
    return u * Math.sqrt(-2 * Math.log(s) / s);
  }
}
