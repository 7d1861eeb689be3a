package io.ccsim.kpi;

/** How a KPI's value is shown in tables; the writers in {@code reports} turn it into text. */
public enum Format {
  /** A count per replication, one decimal: {@code 19631.5}. */
  COUNT,
  /** A share shown as a percentage, two decimals: {@code 91.51%}. */
  PERCENT,
  /** A duration in seconds, two decimals: {@code 3.97}. */
  SECONDS,
  /** Any other number (items held, contacts per issue), two decimals: {@code 1.38}. */
  DECIMAL
}
