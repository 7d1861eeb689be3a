package io.ccsim.kpi;

import io.ccsim.stats.Estimate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The estimate of every KPI of one scope (a channel's, a group's, or the journeys'), in catalogue order.
 * Complete by construction, so that no writer meets a KPI without a value; undefined is NaN.
 */
public record KpiEstimates(Scope scope, Map<Kpi, Estimate> values) {
  private static final Estimate UNDEFINED = new Estimate(Double.NaN, Double.NaN);

  public KpiEstimates {
    Objects.requireNonNull(scope, "scope");
    EnumMap<Kpi, Estimate> copy = new EnumMap<>(Kpi.class);
    copy.putAll(values);
    if (!copy.keySet().equals(Set.copyOf(Kpi.of(scope))) || copy.containsValue(null)) {
      throw new IllegalArgumentException("estimates of the " + name(scope) + " KPIs need exactly "
          + Kpi.keys(scope) + ", each with a value; got " + copy);
    }
    values = Collections.unmodifiableMap(copy);
  }

  /** Every KPI of {@code scope}, each from {@code estimate}. */
  public static KpiEstimates of(Scope scope, Function<Kpi, Estimate> estimate) {
    EnumMap<Kpi, Estimate> values = new EnumMap<>(Kpi.class);
    for (Kpi kpi : Kpi.of(scope)) {
      values.put(kpi, estimate.apply(kpi));
    }
    return new KpiEstimates(scope, values);
  }

  /** Every KPI of {@code scope} undefined (NaN); {@link #with} fills some in. */
  public static KpiEstimates undefined(Scope scope) {
    return of(scope, kpi -> UNDEFINED);
  }

  /** A copy with {@code kpi}'s estimate replaced. */
  public KpiEstimates with(Kpi kpi, Estimate estimate) {
    requireScope(kpi);
    EnumMap<Kpi, Estimate> copy = new EnumMap<>(Kpi.class);
    copy.putAll(values);
    copy.put(kpi, estimate);
    return new KpiEstimates(scope, copy);
  }

  public Estimate get(Kpi kpi) {
    requireScope(kpi);
    return values.get(kpi);
  }

  private void requireScope(Kpi kpi) {
    if (kpi.scope() != scope) {
      throw new IllegalArgumentException(
          kpi.key() + " is a " + name(kpi.scope()) + " KPI, not a " + name(scope) + " KPI");
    }
  }

  private static String name(Scope scope) {
    return scope.name().toLowerCase(Locale.ROOT);
  }
}
