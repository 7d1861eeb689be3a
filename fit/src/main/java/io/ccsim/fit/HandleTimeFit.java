package io.ccsim.fit;

import java.util.Arrays;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.special.Gamma;

/**
 * Handle time of one type: the lognormal and gamma maximum-likelihood fits with their Kolmogorov-Smirnov
 * distances, the sample's own figures and quantiles (a Q-Q table), and the model chosen.
 *
 * <p>Lognormal: σ is the maximum-likelihood estimate (the standard deviation of ln x), and μ is set so that
 * the mean is the sample mean (the MLE's own mean, exp(μ̂ + σ̂²/2), overshoots it by 10% on the bank's
 * regular calls, and offered load decides the queue). Gamma MLE: the shape k
 * solves ln k − ψ(k) = ln(mean x) − mean(ln x), by Newton's method from Minka's closed-form start; the
 * scale is mean / k. The KS distance is sup |F_n − F| over the sample; times logged in whole seconds
 * make it at least about half the largest one-second jump of F_n.
 *
 * @param model the model written to the scenario: lognormal, gamma or empirical
 * @param quantiles the sample's quantiles at {@link #PROBABILITIES}, for the Q-Q table
 * @param histogramValues the sample's distinct values, ascending: the empirical model, with
 * @param histogramWeights how many times each was seen
 * @param qqSample the sample's percentiles 1 to 99, for the Q-Q chart, beside
 * @param qqLognormal the lognormal's and
 * @param qqGamma the gamma's
 */
public record HandleTimeFit(int n, double sampleMean, double sampleMeanCi95, double sampleCv, double lognormalMean,
    double lognormalCv, double lognormalKs, double gammaMean, double gammaCv, double gammaKs, String model,
    double[] quantiles, double[] lognormalQuantiles, double[] gammaQuantiles, double[] histogramValues,
    double[] histogramWeights, double[] qqSample, double[] qqLognormal, double[] qqGamma) {
  /** The probabilities of the Q-Q table. */
  public static final double[] PROBABILITIES = {0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95, 0.99};

  /** Fits {@code values} (all > 0); {@code choice} is best (the smaller KS), lognormal, gamma or empirical. */
  static HandleTimeFit of(double[] values, String choice) {
    double[] x = values.clone();
    Arrays.sort(x);
    int n = x.length;
    double sum = 0;
    double logSum = 0;
    for (double v : x) {
      sum += v;
      logSum += Math.log(v);
    }
    double mean = sum / n;
    double mu = logSum / n;
    double ss = 0;
    double ls = 0;
    for (double v : x) {
      ss += (v - mean) * (v - mean);
      ls += (Math.log(v) - mu) * (Math.log(v) - mu);
    }
    double sd = Math.sqrt(ss / Math.max(1, n - 1));
    double sigma = Math.sqrt(ls / n);
    // σ by maximum likelihood, the scale so that the mean is the sample's: the load λ·E[S] drives the queue.
    sigma = Math.max(sigma, 1e-9);
    LogNormalDistribution lognormal = new LogNormalDistribution(null, Math.log(mean) - sigma * sigma / 2, sigma);
    double shape = gammaShape(Math.log(mean) - mu);
    GammaDistribution gamma = new GammaDistribution(null, shape, mean / shape);
    double lnMean = mean;
    double lnCv = Math.sqrt(Math.expm1(sigma * sigma));
    double lnKs = ks(x, lognormal);
    double gKs = ks(x, gamma);
    String model = switch (choice) {
      case "best" -> lnKs <= gKs ? "lognormal" : "gamma";
      case "lognormal", "gamma", "empirical" -> choice;
      default -> throw new IllegalArgumentException("unknown handle-time model '" + choice
          + "'; allowed: best, lognormal, gamma, empirical");
    };
    double[] q = new double[PROBABILITIES.length];
    double[] lq = new double[PROBABILITIES.length];
    double[] gq = new double[PROBABILITIES.length];
    for (int j = 0; j < q.length; j++) {
      q[j] = quantile(x, PROBABILITIES[j]);
      lq[j] = lognormal.inverseCumulativeProbability(PROBABILITIES[j]);
      gq[j] = gamma.inverseCumulativeProbability(PROBABILITIES[j]);
    }
    double[] qs = new double[99];
    double[] ql = new double[99];
    double[] qg = new double[99];
    for (int j = 0; j < 99; j++) {
      double p = (j + 1) / 100.0;
      qs[j] = quantile(x, p);
      ql[j] = lognormal.inverseCumulativeProbability(p);
      qg[j] = gamma.inverseCumulativeProbability(p);
    }
    java.util.List<double[]> distinct = new java.util.ArrayList<>();
    for (double v : x) {
      if (distinct.isEmpty() || distinct.get(distinct.size() - 1)[0] != v) {
        distinct.add(new double[] {v, 0});
      }
      distinct.get(distinct.size() - 1)[1]++;
    }
    return new HandleTimeFit(n, mean, 1.96 * sd / Math.sqrt(n), sd / mean, lnMean, lnCv, lnKs, mean,
        1 / Math.sqrt(shape), gKs, model, q, lq, gq, distinct.stream().mapToDouble(d -> d[0]).toArray(),
        distinct.stream().mapToDouble(d -> d[1]).toArray(), qs, ql, qg);
  }

  /** The chosen model's mean. */
  public double mean() {
    return switch (model) {
      case "lognormal" -> lognormalMean;
      case "gamma" -> gammaMean;
      default -> sampleMean;
    };
  }

  /** Solves ln k − ψ(k) = s for the gamma shape k. */
  static double gammaShape(double s) {
    if (!(s > 1e-12)) {
      return 1e6;
    }
    double k = (3 - s + Math.sqrt((s - 3) * (s - 3) + 24 * s)) / (12 * s);
    for (int i = 0; i < 50; i++) {
      double f = Math.log(k) - Gamma.digamma(k) - s;
      double step = f / (1 / k - Gamma.trigamma(k));
      k = Math.max(k - step, k / 10);
      if (Math.abs(step) < 1e-12 * k) {
        break;
      }
    }
    return k;
  }

  /** sup |F_n(x) − F(x)| over the sorted sample, ties counted at once. */
  static double ks(double[] sorted, RealDistribution f) {
    int n = sorted.length;
    double d = 0;
    int i = 0;
    while (i < n) {
      int j = i;
      while (j < n && sorted[j] == sorted[i]) {
        j++;
      }
      double cdf = f.cumulativeProbability(sorted[i]);
      d = Math.max(d, Math.max(Math.abs(cdf - (double) j / n), Math.abs(cdf - (double) i / n)));
      i = j;
    }
    return d;
  }

  static double quantile(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }
}
