package io.ccsim.routing;

/** What a routing policy may read of one contact; the engine's contacts implement it. */
public interface ContactView {
  /** The index of the contact's channel in the scenario's channel order. */
  int channelIndex();

  double arrivalSeconds();
}
