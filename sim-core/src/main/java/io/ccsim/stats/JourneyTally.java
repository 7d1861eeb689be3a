package io.ccsim.stats;

/** One replication's journey figures, over issues whose first contact arrived in the measurement window. */
public final class JourneyTally {
  private long issuesClosed;
  private long contacts;
  private long repeatIssues;
  private long channelSwitches;
  private long resolved;
  private double resolutionSecondsSum;
  private double workloadSecondsSum;
  private long openAtEnd;

  /** An issue ended: resolved, or the customer gave up. */
  public void recordIssue(int issueContacts, int switches, boolean wasResolved, double firstToResolutionSeconds,
      double issueWorkloadSeconds) {
    issuesClosed++;
    contacts += issueContacts;
    if (issueContacts > 1) {
      repeatIssues++;
    }
    channelSwitches += switches;
    workloadSecondsSum += issueWorkloadSeconds;
    if (wasResolved) {
      resolved++;
      resolutionSecondsSum += firstToResolutionSeconds;
    }
  }

  public void recordOpenAtEnd(long open) {
    openAtEnd = open;
  }

  public long issuesClosed() {
    return issuesClosed;
  }

  public long contacts() {
    return contacts;
  }

  public long repeatIssues() {
    return repeatIssues;
  }

  public long channelSwitches() {
    return channelSwitches;
  }

  public long resolved() {
    return resolved;
  }

  public double resolutionSecondsSum() {
    return resolutionSecondsSum;
  }

  public double workloadSecondsSum() {
    return workloadSecondsSum;
  }

  public long openAtEnd() {
    return openAtEnd;
  }
}
