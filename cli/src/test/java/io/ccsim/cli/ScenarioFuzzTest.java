package io.ccsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.ccsim.config.ScenarioException;
import io.ccsim.config.ScenarioLoader;
import io.ccsim.model.Scenario;
import io.ccsim.report.SummaryJson;
import io.ccsim.report.TextTable;
import io.ccsim.run.Engine;
import io.ccsim.run.ProgressListener;
import io.ccsim.run.ReplicationRunner;
import io.ccsim.run.RunResult;
import io.ccsim.size.RunSize;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutants of the shipped scenarios (a fixed seed, so every build tries the same ones): missing keys and
 * values, wrong types, extreme, negative and non-finite numbers, truncation, binary bytes, aliases and
 * deep nesting. Each goes through {@code ccsim validate}, which must give exit 0, or exit 2 with one line
 * and no stack trace, within a timeout. A mutant that validate accepts is loaded again for a heap of
 * 256 MiB and, when it fits there, run: shortened to one replication of at most 4 simulated hours when
 * its full run would simulate many contacts, on the engine auto picks and on the general engine (when its
 * agents fit there), and small ones also through {@code ccsim run}. Nothing it accepted may fail to run.
 */
class ScenarioFuzzTest {
  /** The corpus: {@code -Dccsim.fuzz.seed=S -Dccsim.fuzz.perFile=N} explores others; CI runs seed 17, 40 per file. */
  private static final long SEED = Long.getLong("ccsim.fuzz.seed", 17);
  private static final int MUTANTS_PER_FILE = Integer.getInteger("ccsim.fuzz.perFile", 40);
  private static final long SMALL_HEAP = 256L << 20;
  /** A run of at most this many contacts is simulated; larger ones are only validated. */
  private static final double MAX_CONTACTS = 100_000;
  private static final long TIMEOUT_SECONDS = 30;

  private static final String[] VALUES = {
    "-1", "0", "-0", "1", "2147483647", "2147483648", "9223372036854775808", "1e308", "-1e308", "1e-320",
    ".nan", ".NaN", ".inf", "-.inf", "NaN", "abc", "[]", "{}", "\"\"", "~", "''", "100000000h", "3651d",
    "3650d", "2000000/s", "1000000/s", "0.000001/s", "1e9", "999999999", "10000000", "10000001", "true",
    "-5/h", "5/x", "1h-1m", "\"24:00\"", "\"25:00\"", "[1, [2, [3]]]", "{a: {b: {c: 1}}}", "!!binary aGk=",
    "0x10", "1_000", "+5", "0o17", "1001", "1000", "100000", "0.0001s", "1ms", "99999999999999999999999999"
  };

  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "fuzz");
    t.setDaemon(true);
    return t;
  });

  @TempDir Path dir;

  @Test
  void mutantsOfTheShippedScenarios_areRefusedWithOneLine_orRun() throws Exception {
    List<Path> shipped;
    try (Stream<Path> files = Files.walk(Path.of("..", "scenarios"))) {
      shipped = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    assertTrue(shipped.size() >= 8, "shipped scenarios: " + shipped);
    Random random = new Random(SEED);
    int mutants = 0;
    int refused = 0;
    int accepted = 0;
    int simulated = 0;
    int throughCli = 0;
    long started = System.nanoTime();
    for (Path original : shipped) {
      byte[] source = Files.readAllBytes(original);
      for (int i = 0; i < MUTANTS_PER_FILE; i++) {
        byte[] mutant = mutate(source, random);
        Path file = dir.resolve("m" + mutants + ".yaml");
        Files.write(file, mutant);
        String label = "mutant " + mutants + " of " + original + " (" + file + ")";
        mutants++;
        CliRun validate = within(label, () -> CliRun.of("validate", file.toString()));
        if (validate.exitCode() == Main.BAD_INPUT) {
          assertOneLine(label, validate);
          refused++;
          continue;
        }
        assertEquals(Main.OK, validate.exitCode(), label + ": " + validate.err());
        accepted++;
        Scenario scenario;
        try {
          scenario = ScenarioLoader.load(file.toString(), new String(mutant, StandardCharsets.UTF_8), Engine.AUTO,
              SMALL_HEAP);
        } catch (ScenarioException tooLarge) {
          assertFalse(tooLarge.getMessage().contains("\n"), label);
          continue;
        }
        boolean small = RunSize.of(scenario).contactsPerRun() <= MAX_CONTACTS;
        Scenario run = small ? scenario : shortened(scenario);
        if (run == null || RunSize.of(run).contactsPerRun() > MAX_CONTACTS) {
          continue;
        }
        simulate(label, run, Engine.AUTO);
        RunSize size = RunSize.of(run);
        if (size.agents() <= 100_000 && size.fits(Engine.GENERAL, SMALL_HEAP)) {
          simulate(label, run, Engine.GENERAL);
        }
        simulated++;
        if (small && scenario.replications() <= 20) {
          CliRun cli = within(label, () -> CliRun.of("run", file.toString(), "--threads", "1", "--quiet"));
          assertEquals(Main.OK, cli.exitCode(), label + ": validate accepted it, run said: " + cli.err());
          throughCli++;
        }
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf("ScenarioFuzzTest: %d mutants in %.1f s: %d refused, %d accepted, %d simulated (%d through"
        + " ccsim run)%n", mutants, seconds, refused, accepted, simulated, throughCli);
    assertTrue(mutants >= 300, "mutants: " + mutants);
    assertTrue(refused > 0 && accepted > 0 && simulated > 0, "the corpus exercises both outcomes");
  }

  private static void assertOneLine(String label, CliRun r) {
    String[] lines = r.errLines();
    assertEquals(1, lines.length, label + ": " + r.err());
    String line = lines[0];
    assertTrue(line.startsWith("ccsim: "), label + ": " + line);
    // "ccsim: ", the temporary file's path and the position come first; the message itself stays short.
    String message = line.replaceFirst("^ccsim: [^:]*(:\\d+:\\d+)?: ", "");
    assertTrue(message.length() <= 200, label + ": " + message.length() + " characters: " + message);
    for (String internal : new String[] {"\tat ", "Exception", "jackson", "Jackson", "StreamReadConstraints",
        "snakeyaml", "java."}) {
      assertFalse(line.contains(internal), label + " quotes '" + internal + "': " + line);
    }
  }

  /** One replication of at most 4 simulated hours after a warm-up of at most 30 minutes; null if that is no scenario. */
  private static Scenario shortened(Scenario s) {
    double warmup = Math.min(s.warmupSeconds(), 1800);
    double horizon = Math.min(s.horizonSeconds(), warmup + 4 * 3600);
    double interval = s.intervalSeconds() > 0 && horizon / s.intervalSeconds() <= 100_000 ? s.intervalSeconds() : 0;
    try {
      return new Scenario(s.name(), s.seed(), 1, warmup, horizon, s.channels(), s.arrivals(), s.groups(),
          s.routing(), s.journeys(), interval);
    } catch (IllegalArgumentException notAScenario) {
      return null;
    }
  }

  private void simulate(String label, Scenario scenario, Engine engine) throws Exception {
    within(label + " on " + engine, () -> {
      RunResult result = ReplicationRunner.run(scenario, 1, ProgressListener.NONE, null, engine);
      return SummaryJson.toJson(result.summary()) + TextTable.render(result.summary());
    });
  }

  private <T> T within(String label, Supplier<T> work) throws Exception {
    Future<T> future = worker.submit(work::get);
    try {
      return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      return fail(label + ": no answer within " + TIMEOUT_SECONDS + " s");
    } catch (ExecutionException e) {
      throw new AssertionError(label + ": " + e.getCause(), e.getCause());
    }
  }

  /** One or two random changes to the text or its bytes. */
  static byte[] mutate(byte[] source, Random random) {
    byte[] mutant = mutateOnce(source, random);
    return random.nextInt(4) == 0 ? mutateOnce(mutant, random) : mutant;
  }

  private static byte[] mutateOnce(byte[] source, Random random) {
    String text = new String(source, StandardCharsets.UTF_8);
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    int line = random.nextInt(lines.size());
    int valued = valuedLine(lines, random);
    switch (random.nextInt(11)) {
      case 0 -> lines.remove(line); // a missing key, or a broken block
      case 1 -> lines.set(valued, replaceValue(lines.get(valued), VALUES[random.nextInt(VALUES.length)]));
      case 2 -> {
        return java.util.Arrays.copyOf(source, random.nextInt(source.length)); // truncation
      }
      case 3 -> {
        byte[] binary = new byte[1 + random.nextInt(8)];
        random.nextBytes(binary);
        int at = random.nextInt(source.length);
        byte[] out = new byte[source.length + binary.length];
        System.arraycopy(source, 0, out, 0, at);
        System.arraycopy(binary, 0, out, at, binary.length);
        System.arraycopy(source, at, out, at + binary.length, source.length - at);
        return out;
      }
      case 4 -> {
        lines.set(valued, replaceValue(lines.get(valued), "*a"));
        int anchor = valuedLine(lines, random);
        lines.set(anchor, replaceValue(lines.get(anchor), "&a " + valueOf(lines.get(anchor))));
      }
      case 5 -> {
        int depth = 10 + random.nextInt(3000);
        String nest = random.nextBoolean() ? "[".repeat(depth) + "]".repeat(depth)
            : "{a: ".repeat(depth) + "1" + "}".repeat(depth);
        lines.set(valued, replaceValue(lines.get(valued), nest));
      }
      case 6 -> lines.add(line, lines.get(line)); // a duplicate key
      case 7 -> lines.set(valued, replaceValue(lines.get(valued), "")); // an empty value
      case 8 -> lines.set(line, random.nextBoolean() ? "  " + lines.get(line) : lines.get(line).stripLeading());
      case 9 -> lines.set(valued, scaleNumber(lines.get(valued), random));
      default -> lines.set(valued, lines.get(valued).replaceFirst("([A-Za-z]+):", "$1x:")); // a misspelt key
    }
    return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
  }

  private static int valuedLine(List<String> lines, Random random) {
    for (int tries = 0; tries < 50; tries++) {
      int i = random.nextInt(lines.size());
      if (lines.get(i).contains(": ") && !lines.get(i).stripLeading().startsWith("#")) {
        return i;
      }
    }
    return random.nextInt(lines.size());
  }

  /** The line with the value after its first ": " replaced (a flow mapping keeps its closing brace). */
  private static String replaceValue(String line, String value) {
    int colon = line.indexOf(": ");
    if (colon < 0) {
      return line + " " + value;
    }
    String rest = line.substring(colon + 2);
    int end = rest.indexOf(',');
    if (end < 0) {
      end = rest.indexOf('}');
    }
    return line.substring(0, colon + 2) + value + (end < 0 ? "" : rest.substring(end));
  }

  private static String valueOf(String line) {
    int colon = line.indexOf(": ");
    String rest = colon < 0 ? "" : line.substring(colon + 2);
    int end = rest.indexOf(',');
    end = end < 0 ? rest.indexOf('}') : end;
    return (end < 0 ? rest : rest.substring(0, end)).strip();
  }

  /** The first number on the line times 10^3, 10^6 or 10^9, negated, or divided by 10^6. */
  private static String scaleNumber(String line, Random random) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![A-Za-z])(\\d+(\\.\\d+)?)").matcher(line);
    if (!m.find()) {
      return line;
    }
    double n = Double.parseDouble(m.group(1));
    String scaled = switch (random.nextInt(5)) {
      case 0 -> String.valueOf((long) (n * 1e3));
      case 1 -> String.valueOf((long) (n * 1e6));
      case 2 -> String.valueOf(n * 1e9);
      case 3 -> "-" + m.group(1);
      default -> String.valueOf(n / 1e6);
    };
    return line.substring(0, m.start()) + scaled + line.substring(m.end());
  }
}
