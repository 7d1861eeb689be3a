package io.ccsim.center;

/**
 * A customer's issue: the first contact and the follow-ups it leads to, until it is resolved or the
 * customer gives up. Journey KPIs are measured on issues.
 */
final class Issue {
  final double firstArrivalSeconds;
  final boolean counted;
  int contacts;
  /** Contacts of this issue not yet done (waiting, in service or wrapping up). */
  int openContacts;
  int channelSwitches;
  int lastChannel;
  /** Agent time spent on the issue's contacts: handle time less hold. */
  double workloadSeconds;
  boolean closed;

  Issue(double firstArrivalSeconds, boolean counted, int firstChannel) {
    this.firstArrivalSeconds = firstArrivalSeconds;
    this.counted = counted;
    this.lastChannel = firstChannel;
  }

  void addContact(int channel) {
    if (contacts > 0 && channel != lastChannel) {
      channelSwitches++;
    }
    contacts++;
    openContacts++;
    lastChannel = channel;
  }
}
