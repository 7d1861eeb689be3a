package io.ccsim.arrivals;

/**
 * When the contacts of one arrival stream arrive. The contact center asks for the next time each time
 * a contact arrives, so a process never holds a list of future arrivals (memory stays flat).
 */
public interface ArrivalProcess {
  /** The time of the next arrival, at or after {@code nowSeconds}; +infinity when there are no more. */
  double nextArrivalSeconds(double nowSeconds);
}
