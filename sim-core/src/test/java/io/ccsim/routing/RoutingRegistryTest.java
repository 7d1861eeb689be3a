package io.ccsim.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccsim.center.Agent;
import io.ccsim.center.CenterObserver;
import io.ccsim.center.Contact;
import io.ccsim.center.ContactCenter;
import io.ccsim.distribution.Exponential;
import io.ccsim.model.AgentGroup;
import io.ccsim.model.ArrivalStream;
import io.ccsim.model.Channel;
import io.ccsim.model.Journeys;
import io.ccsim.model.Routing;
import io.ccsim.model.RoutingMode;
import io.ccsim.model.Scenario;
import io.ccsim.model.ServiceLevelGoal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The registry, and the worked example of adding a policy of your own (see docs/routing.md). */
class RoutingRegistryTest {
  /** An example user policy: always the idle agent of the group listed last ("the backup team first"). */
  static final class LastGroupFirst implements AgentSelection {
    @Override
    public AgentView choose(ContactView contact, RoutingView view) {
      int[] groups = view.groupsFor(contact);
      for (int i = groups.length - 1; i >= 0; i--) {
        AgentView head = view.group(groups[i]).longestIdle();
        if (head != null && view.mayTake(head, contact)) {
          return head;
        }
      }
      return null;
    }
  }

  @Test
  void everyBuiltInName_resolves_andUnknownNamesListTheAllowedOnes() {
    for (String name : RoutingRegistry.agentSelectionNames()) {
      RoutingRegistry.agentSelection(name);
    }
    for (String name : RoutingRegistry.contactSelectionNames()) {
      RoutingRegistry.contactSelection(name);
    }
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RoutingRegistry.contactSelection("lifo"));
    assertTrue(e.getMessage().contains("priority-fifo"), e.getMessage());
  }

  @Test
  void userPolicy_registeredByName_isUsedByTheEngine() {
    RoutingRegistry.registerAgentSelection("last-group-first", "example: prefer the group listed last",
        LastGroupFirst::new);
    Scenario scenario = new Scenario("custom", 3, 1, 0, 8 * 3600,
        List.of(new Channel("phone", ServiceLevelGoal.DEFAULT, new Exponential(180), null, Channel.UNLIMITED_QUEUE)),
        List.of(new ArrivalStream("phone", 2 / 180.0)),
        List.of(new AgentGroup("first", 5, List.of("phone")), new AgentGroup("backup", 5, List.of("phone"))),
        new Routing(RoutingMode.BLENDED, "last-group-first", "priority-fifo", List.of(), List.of()), Journeys.NONE);
    int[] byGroup = new int[2];
    new ContactCenter(scenario, 0).observe(new CenterObserver() {
      @Override
      public void started(Contact contact, Agent agent, double nowSeconds) {
        byGroup[agent.group().index()]++;
      }
    }).run();
    // Two Erlangs on five backup agents: the backup group takes nearly everything.
    assertTrue(byGroup[1] > 10 * byGroup[0], byGroup[0] + " vs " + byGroup[1]);
    assertTrue(RoutingRegistry.all().stream().anyMatch(entry -> entry.name().equals("last-group-first")));
    assertEquals(LastGroupFirst.class, RoutingRegistry.agentSelection("last-group-first").getClass());
  }
}
