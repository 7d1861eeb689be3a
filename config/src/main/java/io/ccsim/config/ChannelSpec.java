package io.ccsim.config;

/** One entry under {@code channels} as written; its name is the map key. */
record ChannelSpec(
    ServiceLevelSpec serviceLevel,
    DistributionSpec handleTime,
    DistributionSpec patience,
    Integer queueCapacity) {}
