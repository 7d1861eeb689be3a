package io.ccsim.report.check;

/**
 * One test case of {@code ccsim check}: an expectation or a baseline comparison of one KPI.
 *
 * @param suite {@code expectations} or {@code baseline}; the JUnit class name
 * @param name the case's name, e.g. {@code phone.serviceLevel >= 0.8}
 * @param detail one line: the figures and the verdict's reason
 */
public record CheckOutcome(String suite, String name, Status status, String detail) {
  /** Passed, failed, or skipped (not testable, e.g. a single replication has no interval). */
  public enum Status { PASSED, FAILED, SKIPPED }

  public boolean failed() {
    return status == Status.FAILED;
  }
}
