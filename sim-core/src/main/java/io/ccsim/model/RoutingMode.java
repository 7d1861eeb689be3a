package io.ccsim.model;

/** Whether agents may hold contacts of several channels at once. */
public enum RoutingMode {
  /**
   * Multi-channel: each agent works one channel at a time (its group's skills decide which), as in a
   * center of separate channel teams. Overrides a group's {@code mixChannels}.
   */
  SILOED("siloed"),
  /** Omni-channel: agents take any channel they are skilled for, by priority, within their capacity. */
  BLENDED("blended");

  private final String key;

  RoutingMode(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }
}
