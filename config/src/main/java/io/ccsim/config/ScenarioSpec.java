package io.ccsim.config;

import java.util.List;
import java.util.Map;

/**
 * The top level of a scenario file as written; {@code null} means the key is absent (or empty). Each
 * component is one accepted key; {@link ScenarioAssembler} supplies defaults and checks the values.
 *
 * @param days the horizon in whole days (days × 24h), instead of or agreeing with {@code horizon}
 * @param interval the length of the reporting intervals; absent: no interval reports
 * @param channels channel name to channel, in file order (Jackson binds maps as {@link java.util.LinkedHashMap})
 */
record ScenarioSpec(
    String name,
    Long seed,
    Integer replications,
    Duration warmup,
    Duration horizon,
    Integer days,
    Duration interval,
    Map<String, ChannelSpec> channels,
    List<ArrivalSpec> arrivals,
    List<AgentGroupSpec> agents,
    RoutingSpec routing,
    JourneysSpec journeys) {}
