package io.ccsim.routing;

import io.ccsim.model.RoutingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The routing policies by name, as scenario files and {@code ccsim policies} name them. To add a policy,
 * write a class implementing {@link AgentSelection} or {@link ContactSelection} and either add one line
 * to the static block here, or call {@link #registerAgentSelection}/{@link #registerContactSelection}
 * before loading scenarios (see docs/routing.md and RoutingRegistryTest for a worked example).
 */
public final class RoutingRegistry {
  /** One registered policy: its kind, name, a one-line description and how to make it. */
  public record Entry(String kind, String name, String description, Supplier<?> factory) {}

  private static final Map<String, Entry> AGENT_SELECTIONS = new LinkedHashMap<>();
  private static final Map<String, Entry> CONTACT_SELECTIONS = new LinkedHashMap<>();

  static {
    agent("longest-idle", "the agent idle longest (then the one assigned least recently)", LongestIdle::new);
    agent("least-loaded", "the agent holding the fewest items: spreads chats", LeastLoaded::new);
    agent("most-loaded", "the busy agent holding the most items with room: fills one agent first", MostLoaded::new);
    agent("best-skilled", "the group with the lowest proficiency factor for the channel", BestSkilled::new);
    contact("priority-fifo", "highest channel priority, then first come first served", PriorityFifo::new);
    contact("longest-weighted-wait", "longest wait relative to the channel's service-level threshold",
        LongestWeightedWait::new);
  }

  private RoutingRegistry() {}

  /** Adds (or replaces) an agent-selection policy under {@code name}. */
  public static synchronized void registerAgentSelection(
      String name, String description, Supplier<AgentSelection> factory) {
    agent(name, description, factory);
  }

  /** Adds (or replaces) a contact-selection policy under {@code name}. */
  public static synchronized void registerContactSelection(
      String name, String description, Supplier<ContactSelection> factory) {
    contact(name, description, factory);
  }

  private static void agent(String name, String description, Supplier<AgentSelection> factory) {
    io.ccsim.model.Names.check("policy", name);
    AGENT_SELECTIONS.put(name, new Entry("agentSelection", name, description, factory));
  }

  private static void contact(String name, String description, Supplier<ContactSelection> factory) {
    io.ccsim.model.Names.check("policy", name);
    CONTACT_SELECTIONS.put(name, new Entry("contactSelection", name, description, factory));
  }

  /** The agent-selection policy named {@code name}; the message lists the names allowed. */
  public static synchronized AgentSelection agentSelection(String name) {
    return (AgentSelection) lookUp(AGENT_SELECTIONS, "agentSelection", name).factory().get();
  }

  /** The contact-selection policy named {@code name}; the message lists the names allowed. */
  public static synchronized ContactSelection contactSelection(String name) {
    return (ContactSelection) lookUp(CONTACT_SELECTIONS, "contactSelection", name).factory().get();
  }

  public static synchronized List<String> agentSelectionNames() {
    return List.copyOf(AGENT_SELECTIONS.keySet());
  }

  public static synchronized List<String> contactSelectionNames() {
    return List.copyOf(CONTACT_SELECTIONS.keySet());
  }

  /** Every policy, modes first, for {@code ccsim policies}. */
  public static synchronized List<Entry> all() {
    List<Entry> entries = new ArrayList<>();
    entries.add(new Entry("mode", RoutingMode.SILOED.key(),
        "multi-channel: each agent works one channel at a time, no blending", () -> RoutingMode.SILOED));
    entries.add(new Entry("mode", RoutingMode.BLENDED.key(),
        "omni-channel: agents mix any skilled channels within their capacity", () -> RoutingMode.BLENDED));
    entries.addAll(AGENT_SELECTIONS.values());
    entries.addAll(CONTACT_SELECTIONS.values());
    return entries;
  }

  private static Entry lookUp(Map<String, Entry> entries, String kind, String name) {
    Entry entry = entries.get(name);
    if (entry == null) {
      throw new IllegalArgumentException(
          "unknown " + kind + " policy '" + name + "'; allowed: " + String.join(", ", entries.keySet()));
    }
    return entry;
  }
}
