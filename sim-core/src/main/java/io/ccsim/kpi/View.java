package io.ccsim.kpi;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The outputs beyond {@code summary.json} (which has every KPI) that show a KPI. Tables are kept short on
 * purpose, so each entry of the catalogue says where it appears.
 */
public enum View {
  /** The text table of {@code ccsim run}: channel rows, the group table and the journey table. */
  TEXT,
  /** The channel and group tables of a run's {@code report.html}. */
  REPORT,
  /** {@code channels.csv} and {@code groups.csv}. */
  CSV,
  /** The rows of {@code ccsim compare}: its text, {@code comparison.csv} and its {@code report.html}. */
  COMPARE,
  /** The channel and group columns of {@code sweep.csv}. */
  SWEEP;

  /** Every view. */
  public static final Set<View> ALL = Collections.unmodifiableSet(EnumSet.allOf(View.class));
}
