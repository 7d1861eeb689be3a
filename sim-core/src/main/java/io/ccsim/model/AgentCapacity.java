package io.ccsim.model;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How much an agent may hold at once, in the three forms real platforms use, all applied together
 * (see the glossary): a maximum per channel; capacity units, where each item costs units and is offered
 * only if it fits; and cross-channel rules. Plus the effort model: holding n items of a channel, the
 * agent works on each at rate 1 / slowdown[n].
 *
 * @param maxPerChannel most items of a channel held at once; a channel not listed allows 1
 * @param units the agent's capacity in units; 0 means units are not used
 * @param unitCost units one item of a channel costs; a channel not listed costs 0
 * @param mixChannels whether items of different channels may be held at once
 * @param exclusiveChannels channels whose items are held alone (voice is usually exclusive)
 * @param slowdown per channel, the slowdown factor with 1, 2, 3... items of it in hand; a channel not
 *     listed keeps 1.0, and levels past the end of a list keep its last value
 * @param wrapUpHoldsAgent whether wrap-up blocks the whole agent (true) or only the item's slot
 */
public record AgentCapacity(
    Map<String, Integer> maxPerChannel,
    int units,
    Map<String, Integer> unitCost,
    boolean mixChannels,
    Set<String> exclusiveChannels,
    Map<String, List<Double>> slowdown,
    boolean wrapUpHoldsAgent) {
  /** One contact at a time, whatever the channel: the Foundation's agent. */
  public static final AgentCapacity SINGLE = new AgentCapacity(Map.of(), 0, Map.of(), false, Set.of(), Map.of(), false);

  public AgentCapacity {
    maxPerChannel = Map.copyOf(maxPerChannel);
    unitCost = Map.copyOf(unitCost);
    exclusiveChannels = Set.copyOf(exclusiveChannels);
    slowdown = Map.copyOf(slowdown);
    maxPerChannel.forEach((channel, max) -> {
      if (max < 1) {
        throw new IllegalArgumentException(
            "capacity of channel " + channel + " must be >= 1 item, got " + max);
      }
    });
    if (units < 0) {
      throw new IllegalArgumentException("capacity units must be >= 0 (0: not used), got " + units);
    }
    int capacityUnits = units;
    unitCost.forEach((channel, cost) -> {
      if (cost < 0) {
        throw new IllegalArgumentException("unit cost of channel " + channel + " must be >= 0, got " + cost);
      }
      if (capacityUnits > 0 && cost > capacityUnits) {
        throw new IllegalArgumentException("an item of channel " + channel + " costs " + cost
            + " units, more than the agent's capacity of " + capacityUnits + ", so it could never be served");
      }
    });
    slowdown.forEach((channel, factors) -> {
      if (factors.isEmpty()) {
        throw new IllegalArgumentException("slowdown of channel " + channel + " needs at least one factor");
      }
      for (double f : factors) {
        if (!(f >= 1.0) || Double.isInfinite(f)) {
          throw new IllegalArgumentException(
              "slowdown factors of channel " + channel + " must be finite and >= 1.0, got " + f);
        }
      }
    });
  }

  /** Most items of {@code channel} held at once. */
  public int maxOf(String channel) {
    return maxPerChannel.getOrDefault(channel, 1);
  }

  /** Units an item of {@code channel} costs. */
  public int costOf(String channel) {
    return unitCost.getOrDefault(channel, 0);
  }

  /** The slowdown factor while {@code itemsInHand} items of {@code channel} are held (>= 1). */
  public double slowdownOf(String channel, int itemsInHand) {
    List<Double> factors = slowdown.get(channel);
    if (factors == null || itemsInHand < 1) {
      return 1.0;
    }
    return factors.get(Math.min(itemsInHand, factors.size()) - 1);
  }
}
