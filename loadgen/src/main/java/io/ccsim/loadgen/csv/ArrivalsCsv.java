package io.ccsim.loadgen.csv;

import java.util.List;

/**
 * The arrivals CSV: one row per contact, sorted by arrival time (ties in the scenario's channel order),
 * with the header {@value #HEADER}. Arrival times are seconds from the start of the run; handle time,
 * patience and customer id may be empty. Written by {@code ccsim arrivals}, read by {@code ccsim load
 * --arrivals} (and, later, trace replay); described in docs/arrivals-csv.md.
 */
public final class ArrivalsCsv {
  /** The header line, exactly. */
  public static final String HEADER = "arrival_seconds,channel,handle_seconds,patience_seconds,customer_id";
  /** The column names, in order. */
  public static final List<String> COLUMNS = List.of(HEADER.split(","));

  private ArrivalsCsv() {}
}
