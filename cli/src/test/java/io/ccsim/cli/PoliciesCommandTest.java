package io.ccsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccsim.routing.RoutingRegistry;
import org.junit.jupiter.api.Test;

class PoliciesCommandTest {
  @Test
  void policies_listsEveryRegisteredPolicyAndMode() {
    CliRunner r = CliRunner.run("policies");
    assertEquals(0, r.exitCode(), r.err());
    for (RoutingRegistry.Entry entry : RoutingRegistry.all()) {
      assertTrue(r.out().contains(entry.name()), entry.name());
    }
    assertTrue(r.out().contains("routing.agentSelection:"), r.out());
    assertTrue(r.out().contains("siloed") && r.out().contains("blended"), r.out());
  }
}
