package io.ccsim.spark;

import io.ccsim.cli.Main;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The main class of the scale-spark jar, for {@code spark-submit}: the ccsim command line, where
 * {@code run}, {@code sweep} and {@code staff} take {@code --engine spark} unless told otherwise. The master is the one
 * spark-submit sets ({@code --master}), or {@code --master} after the command, else local[all cores].
 */
public final class SparkMain {
  private static final Set<String> ON_SPARK = Set.of("run", "sweep", "staff");

  private SparkMain() {}

  public static void main(String[] args) {
    System.exit(Main.execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), onSpark(args)));
  }

  /** {@code args} with {@code --engine spark} added to a run, sweep or staff that names no engine. */
  static String[] onSpark(String[] args) {
    List<String> all = new ArrayList<>(Arrays.asList(args));
    boolean namesEngine = all.stream().anyMatch(a -> a.equals("--engine") || a.startsWith("--engine="));
    if (!all.isEmpty() && ON_SPARK.contains(all.get(0)) && !namesEngine) {
      all.add("--engine");
      all.add("spark");
    }
    return all.toArray(new String[0]);
  }
}
