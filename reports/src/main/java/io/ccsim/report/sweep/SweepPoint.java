package io.ccsim.report.sweep;

import io.ccsim.run.Summary;
import java.util.List;

/**
 * One point of a sweep grid: the value of each swept parameter (as text, as given, and as a number)
 * and the summary of the run there.
 */
public record SweepPoint(List<String> values, double[] numbers, Summary summary) {
  public SweepPoint {
    if (values.size() != numbers.length) {
      throw new IllegalArgumentException(values.size() + " values but " + numbers.length + " numbers");
    }
    values = List.copyOf(values);
    numbers = numbers.clone();
  }

  @Override
  public double[] numbers() {
    return numbers.clone();
  }
}
