package io.ccsim.center;

import io.ccsim.engine.Event;

/** A customer coming back about the same issue, on the same or another channel. */
final class FollowUpArrival extends Event {
  private final ContactCenter center;
  private final ChannelState channel;
  private final Issue issue;

  FollowUpArrival(ContactCenter center, ChannelState channel, Issue issue) {
    this.center = center;
    this.channel = channel;
    this.issue = issue;
  }

  @Override
  protected void fire() {
    center.arriveFollowUp(channel, issue);
  }
}
