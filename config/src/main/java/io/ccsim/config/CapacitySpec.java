package io.ccsim.config;

import java.util.List;
import java.util.Map;

/**
 * A group's {@code capacity} as written: how many items an agent holds at once. Every key is optional;
 * {@link CapacityAssembler} checks the values and builds {@link io.ccsim.model.AgentCapacity}.
 */
record CapacitySpec(
    Map<String, Integer> perChannel,
    Integer units,
    Map<String, Integer> unitCost,
    Boolean mixChannels,
    List<String> exclusive,
    Map<String, List<Double>> slowdown,
    String wrapUpHolds) {}
