package io.ccsim.config;

import io.ccsim.model.AgentGroup;
import io.ccsim.model.Overflow;
import io.ccsim.model.Reservation;
import io.ccsim.model.Routing;
import io.ccsim.model.RoutingMode;
import io.ccsim.routing.RoutingRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks the top-level {@code routing} and builds {@link Routing}; absent keys keep {@link Routing#DEFAULT}.
 * Policy names come from {@link RoutingRegistry}, so a registered policy is accepted without a change here.
 */
final class RoutingAssembler {
  static final String PATH = "routing";
  static final Map<String, RoutingMode> MODES = Keys.byKey(RoutingMode.values(), RoutingMode::key);

  private final ScenarioSource source;
  private final Set<String> channelNames;
  private final List<AgentGroup> groups;

  RoutingAssembler(ScenarioSource source, Set<String> channelNames, List<AgentGroup> groups) {
    this.source = source;
    this.channelNames = channelNames;
    this.groups = groups;
  }

  Routing assemble(RoutingSpec spec) {
    Routing defaults = Routing.DEFAULT;
    if (spec == null) {
      return defaults;
    }
    RoutingMode mode = spec.mode() == null ? defaults.mode()
        : source.choice("routing mode", spec.mode(), MODES, Paths.field(PATH, "mode"));
    String agentSelection = spec.agentSelection() == null ? defaults.agentSelection()
        : source.choice("agentSelection policy", spec.agentSelection(),
            names(RoutingRegistry.agentSelectionNames()), Paths.field(PATH, "agentSelection"));
    String contactSelection = spec.contactSelection() == null ? defaults.contactSelection()
        : source.choice("contactSelection policy", spec.contactSelection(),
            names(RoutingRegistry.contactSelectionNames()), Paths.field(PATH, "contactSelection"));
    List<Reservation> reservations = reservations(spec.reservations(), Paths.field(PATH, "reservations"));
    List<Overflow> overflows = overflows(spec.overflow(), Paths.field(PATH, "overflow"));
    return source.construct(PATH,
        () -> new Routing(mode, agentSelection, contactSelection, reservations, overflows));
  }

  private static Map<String, String> names(List<String> names) {
    return Keys.byKey(names.toArray(String[]::new), Function.identity());
  }

  private List<Reservation> reservations(List<ReservationSpec> specs, String listPath) {
    List<Reservation> reservations = new ArrayList<>();
    if (specs == null) {
      return reservations;
    }
    Map<String, String> firstPathByChannel = new HashMap<>();
    for (int i = 0; i < specs.size(); i++) {
      String path = Paths.index(listPath, i);
      ReservationSpec spec =
          source.required(specs.get(i), path, "a mapping such as {channel: email, minIdleAgents: 2}");
      String channelPath = Paths.field(path, "channel");
      String channel = channel(spec.channel(), channelPath);
      String first = firstPathByChannel.putIfAbsent(channel, channelPath);
      if (first != null) {
        throw source.error(channelPath, "channel '" + channel + "' already has a reservation at " + first,
            "one reservation per channel");
      }
      String minPath = Paths.field(path, "minIdleAgents");
      String allowed = "a whole number >= 1: how many agents skilled for " + channel
          + " must be idle (the agent itself included) before one takes it";
      int minIdleAgents = source.atLeast(source.required(spec.minIdleAgents(), minPath, allowed), 1, minPath, allowed);
      checkHeadCount(channel, minIdleAgents, minPath);
      reservations.add(source.construct(path, () -> new Reservation(channel, minIdleAgents)));
    }
    return reservations;
  }

  /**
   * A reservation above the head count of the groups skilled for its channel can never be met, so the
   * channel would never be served. Only skilled groups count, as when routing counts idle agents (an
   * overflow group does not). With shifts a group's head count is its count, the sum of its shifts'
   * counts, even if fewer are logged in at once: the bound catches a reservation that can never be met,
   * not one that is met only at some hours.
   */
  private void checkHeadCount(String channel, int minIdleAgents, String path) {
    List<AgentGroup> skilled = groups.stream().filter(g -> g.skills().contains(channel)).toList();
    int headCount = skilled.stream().mapToInt(AgentGroup::count).sum();
    if (minIdleAgents > headCount) {
      String names = skilled.stream().map(AgentGroup::name).collect(Collectors.joining(", "));
      throw source.error(path, "'" + source.text(path, minIdleAgents) + "' is more than the " + headCount
              + " agents skilled for " + channel + ": no " + channel + " would ever be served",
          "at most " + headCount + " (" + (skilled.size() == 1 ? "group " : "groups ") + names + ")");
    }
  }

  private List<Overflow> overflows(List<OverflowSpec> specs, String listPath) {
    List<Overflow> overflows = new ArrayList<>();
    if (specs == null) {
      return overflows;
    }
    Map<String, String> firstAfterPathByChannel = new HashMap<>();
    Map<String, Double> afterByChannel = new HashMap<>();
    for (int i = 0; i < specs.size(); i++) {
      String path = Paths.index(listPath, i);
      OverflowSpec spec = source.required(specs.get(i), path,
          "a mapping such as {channel: phone, after: 30s, group: backup}");
      String channel = channel(spec.channel(), Paths.field(path, "channel"));
      String afterPath = Paths.field(path, "after");
      double after = source.required(spec.after(), afterPath,
          "a duration such as 30s: how long a contact waits before the group may take it").seconds();
      String firstAfterPath = firstAfterPathByChannel.putIfAbsent(channel, afterPath);
      if (firstAfterPath != null && afterByChannel.get(channel) != after) {
        String firstText = source.text(firstAfterPath, afterByChannel.get(channel));
        throw source.error(afterPath, "'" + source.text(afterPath, after) + "' differs from '" + firstText
                + "' at " + firstAfterPath + ": a waiting " + channel + " contact overflows to all its groups at once",
            "the same after for every overflow rule of " + channel + ": " + firstText);
      }
      afterByChannel.putIfAbsent(channel, after);
      String groupPath = Paths.field(path, "group");
      String group = group(spec.group(), groupPath);
      for (Overflow earlier : overflows) {
        if (earlier.channel().equals(channel) && earlier.group().equals(group)) {
          throw source.error(groupPath, channel + " already overflows to group '" + group + "'",
              "each channel and group once");
        }
      }
      if (skillsOf(group).contains(channel)) {
        throw source.error(groupPath, "group '" + group + "' already serves " + channel
            + " (it is one of its skills), so the overflow would change nothing", "a group without " + channel
            + " in its skills");
      }
      overflows.add(source.construct(path, () -> new Overflow(channel, after, group)));
    }
    return overflows;
  }

  private String channel(String name, String path) {
    return source.reference("channel",
        source.required(name, path, String.join(", ", channelNames)), channelNames, path, false);
  }

  private String group(String name, String path) {
    List<String> names = groups.stream().map(AgentGroup::name).toList();
    return source.reference("group", source.required(name, path, String.join(", ", names)), names, path, false);
  }

  private List<String> skillsOf(String group) {
    return groups.stream().filter(g -> g.name().equals(group)).findFirst().orElseThrow().skills();
  }
}
