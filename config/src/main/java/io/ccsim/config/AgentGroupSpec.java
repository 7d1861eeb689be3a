package io.ccsim.config;

import java.util.List;

/** One entry under {@code agents} as written: a group of identical agents. */
record AgentGroupSpec(String group, Integer count, List<String> skills) {}
