package io.ccsim.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Times the general engine of several ccsim jars (two builds of the project, say before and after a
 * change) against each other in one JVM, by thread CPU time, so that a busy machine slows them alike:
 * each jar gets a class loader of its own, and every round runs each jar once, in rotating order.
 *
 * <p>Usage: {@code JarComparison MODEL ROUNDS JAR...}, MODEL being {@code mmc} (M/M/100 at utilization
 * 0.9, about 10^6 contacts) or a scenario file (all its replications). The first third of the rounds
 * (at most 3) warm the JIT and are not counted. Prints each jar's median, best and worst events per
 * CPU-second and, for every jar after the first, the median and interquartile range of its per-round
 * ratio to the first. The jars are called by reflection through the API both old and new builds have
 * ({@code ScenarioLoader.load}, {@code BenchmarkModels.mmc}, {@code Engine.simulate}).
 */
public final class JarComparison {
  private static final int MMC_AGENTS = 100;
  private static final double MMC_UTILIZATION = 0.9;
  private static final double MMC_HANDLE_SECONDS = 180;
  private static final long MMC_CONTACTS = 1_000_000;

  private JarComparison() {}

  /** One jar's model, ready to run: the scenario and the engine's simulate method, from the jar's loader. */
  private record Subject(String jar, Object scenario, Object engine, Method simulate, Method firedEvents,
      int replications) {
    long runAll() throws ReflectiveOperationException {
      long events = 0;
      for (int r = 0; r < replications; r++) {
        events += (Long) firedEvents.invoke(simulate.invoke(engine, scenario, r, null));
      }
      return events;
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: JarComparison mmc|SCENARIO_FILE ROUNDS JAR [JAR...]");
      System.exit(2);
    }
    String model = args[0];
    int rounds = Integer.parseInt(args[1]);
    List<Subject> subjects = new ArrayList<>();
    for (String jar : Arrays.asList(args).subList(2, args.length)) {
      subjects.add(load(jar, model));
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int n = subjects.size();
    double[][] eventsPerCpuSecond = new double[n][rounds];
    for (int round = 0; round < rounds; round++) {
      for (int k = 0; k < n; k++) {
        int i = (k + round) % n;
        long cpuStart = threads.getCurrentThreadCpuTime();
        long events = subjects.get(i).runAll();
        long cpuNanos = Math.max(1, threads.getCurrentThreadCpuTime() - cpuStart);
        eventsPerCpuSecond[i][round] = events / (cpuNanos / 1e9);
      }
    }
    int warmup = Math.min(3, rounds / 3);
    for (int i = 0; i < n; i++) {
      double[] counted = sorted(Arrays.copyOfRange(eventsPerCpuSecond[i], warmup, rounds));
      System.out.printf(Locale.ROOT, "%-40s median %7.3f M  best %7.3f M  worst %7.3f M events per CPU-second%n",
          subjects.get(i).jar(), median(counted) / 1e6, counted[counted.length - 1] / 1e6, counted[0] / 1e6);
    }
    for (int i = 1; i < n; i++) {
      double[] ratio = new double[rounds - warmup];
      for (int round = warmup; round < rounds; round++) {
        ratio[round - warmup] = eventsPerCpuSecond[i][round] / eventsPerCpuSecond[0][round];
      }
      sorted(ratio);
      System.out.printf(Locale.ROOT, "%s / %s: median ratio %.3f (interquartile range %.3f to %.3f)%n",
          subjects.get(i).jar(), subjects.get(0).jar(), median(ratio), ratio[ratio.length / 4],
          ratio[3 * ratio.length / 4]);
    }
  }

  private static Subject load(String jar, String model) throws Exception {
    ClassLoader loader = new URLClassLoader(new URL[] {Path.of(jar).toUri().toURL()},
        ClassLoader.getPlatformClassLoader());
    Class<?> engineClass = loader.loadClass("io.ccsim.run.Engine");
    Class<?> scenarioClass = loader.loadClass("io.ccsim.model.Scenario");
    Object scenario;
    if (model.equals("mmc")) {
      Class<?> models = loader.loadClass("io.ccsim.run.BenchmarkModels");
      double horizon = (Double) models.getMethod("horizonForContacts", long.class, int.class, double.class,
          double.class).invoke(null, MMC_CONTACTS, MMC_AGENTS, MMC_UTILIZATION, MMC_HANDLE_SECONDS);
      scenario = models.getMethod("mmc", int.class, double.class, double.class, double.class)
          .invoke(null, MMC_AGENTS, MMC_UTILIZATION, MMC_HANDLE_SECONDS, horizon);
    } else {
      scenario = loader.loadClass("io.ccsim.config.ScenarioLoader").getMethod("load", Path.class)
          .invoke(null, Path.of(model));
    }
    Object general = engineClass.getField("GENERAL").get(null);
    Method simulate = engineClass.getMethod("simulate", scenarioClass, int.class, List.class);
    Method fired = loader.loadClass("io.ccsim.center.ReplicationResult").getMethod("firedEvents");
    int replications = (Integer) scenarioClass.getMethod("replications").invoke(scenario);
    return new Subject(jar, scenario, general, simulate, fired, replications);
  }

  private static double[] sorted(double[] values) {
    Arrays.sort(values);
    return values;
  }

  private static double median(double[] sortedValues) {
    return sortedValues[sortedValues.length / 2];
  }
}
