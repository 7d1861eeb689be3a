package io.ccsim.cli;

import io.ccsim.config.ScenarioLoader;
import io.ccsim.model.Scenario;
import io.ccsim.staffing.StaffedScenario;
import io.ccsim.staffing.StaffingPlan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A scenario as its file's text and the command line's changes to it (seed, replications, a sweep
 * point's {@code --set} values), so that another machine rebuilds exactly the scenario this one runs:
 * what a cluster's tasks receive instead of the model objects.
 *
 * @param displayName the file as given (it names the scenario when the file does not, and errors)
 * @param point per {@code --set}, the index of the value this point takes
 */
record PortableScenario(String displayName, String text, long seed, int replications, List<String> sets,
    List<Integer> point) implements Portable {
  private static final long serialVersionUID = 1L;

  PortableScenario {
    sets = List.copyOf(sets);
    point = List.copyOf(point);
    if (sets.size() != point.size()) {
      throw new IllegalArgumentException(sets.size() + " --set values but a point of " + point.size());
    }
  }

  /** {@code file} (already loaded and checked) with {@code scenario}'s seed and replications. */
  static PortableScenario of(Path file, Scenario scenario) {
    try {
      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      return new PortableScenario(file.toString(), text, scenario.seed(), scenario.replications(), List.of(),
          List.of());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** This scenario at one point of a sweep: {@code sets} as given on the command line, {@code point} per set. */
  PortableScenario at(List<String> sweepSets, int[] sweepPoint) {
    List<Integer> indices = new ArrayList<>();
    for (int index : sweepPoint) {
      indices.add(index);
    }
    return new PortableScenario(displayName, text, seed, replications, sweepSets, indices);
  }

  @Override
  public Scenario load() {
    Scenario scenario = ScenarioLoader.load(displayName, text).withRun(seed, replications);
    Scenario base = scenario;
    for (int i = 0; i < sets.size(); i++) {
      scenario = SweepParameter.parse(sets.get(i), base).apply(scenario, point.get(i));
    }
    return scenario;
  }

  /** The staffing search's run of {@code plan} with {@code staffingSeed}, from this (unswept) scenario. */
  Portable staffed(StaffingPlan plan, long staffingSeed) {
    return new Staffed(this, plan, staffingSeed);
  }

  /** A staffing of the search: the base scenario with a plan's agents and a seed. */
  private record Staffed(PortableScenario base, StaffingPlan plan, long seed) implements Portable {
    private static final long serialVersionUID = 1L;

    @Override
    public Scenario load() {
      Scenario scenario = base.load();
      return StaffedScenario.apply(scenario, plan).withRun(seed, scenario.replications());
    }
  }
}
