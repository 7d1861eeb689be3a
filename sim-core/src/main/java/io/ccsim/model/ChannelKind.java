package io.ccsim.model;

/** Whether customers wait live (and may abandon) or leave work to be answered later. */
public enum ChannelKind {
  /** The customer waits on the line or in the window and may abandon: phone, chat, video. */
  LIVE("live"),
  /** The customer does not wait live and never abandons; the target is a response within hours: email. */
  DEFERRED("deferred");

  private final String key;

  ChannelKind(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }
}
