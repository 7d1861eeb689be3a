package io.ccsim.cli;

import io.ccsim.loadgen.ContactSource;
import io.ccsim.loadgen.IntervalListener;
import io.ccsim.loadgen.LoadGenerator;
import io.ccsim.loadgen.LoadOptions;
import io.ccsim.loadgen.LoadResult;
import io.ccsim.loadgen.Outcome;
import io.ccsim.loadgen.Plan;
import io.ccsim.loadgen.csv.ArrivalsCsvException;
import io.ccsim.loadgen.csv.ArrivalsCsvFile;
import io.ccsim.loadgen.measure.Threshold;
import io.ccsim.loadgen.report.IntervalLog;
import io.ccsim.loadgen.report.LoadReport;
import io.ccsim.loadgen.report.SummaryJson;
import io.ccsim.loadgen.report.TextSummary;
import io.ccsim.loadgen.target.TargetKind;
import io.ccsim.loadgen.target.TargetSettings;
import io.ccsim.loadgen.target.TargetSpec;
import io.ccsim.model.Scenario;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ccsim load}: sends a scenario's contacts to real systems on schedule and measures them. */
@Command(
    name = "load",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Send the contacts a scenario generates (or an arrivals CSV) to real systems,",
      "on schedule, in real or accelerated time: an open model that never slows down",
      "to the system's pace. Measures latency from each contact's intended send time",
      "(coordinated-omission free), errors, drops and schedule lag."
    },
    footer = {
      "",
      "Targets: --target [CHANNEL=]SPEC; a SPEC alone serves the other channels.",
      "  jsonl:-   jsonl:FILE   http://host:port/path   ws://host:port/path",
      "  smtp://host:port[?to=ADDRESS&from=ADDRESS]",
      "  sip:USER@HOST[:PORT][;transport=udp|tcp][;rtp=silence|tone] (phone calls)",
      "Only 127.0.0.1, ::1 and localhost are allowed, unless named with --allow-remote.",
      "",
      "Examples:",
      "  ccsim load scenarios/single-queue.yaml --speed 600 --target jsonl:- --dry-run",
      "  ccsim load day.yaml --speed 60 --report load-report/ \\",
      "      --target phone=http://127.0.0.1:8080/contacts \\",
      "      --target chat=ws://127.0.0.1:8080/chat \\",
      "      --target email=smtp://127.0.0.1:2525",
      "  ccsim load day.yaml --speed 60 --target phone=sip:queue@127.0.0.1:5060",
      "  ccsim load day.yaml --arrivals arrivals.csv \\",
      "      --target http://127.0.0.1:8080/contacts --abort-if 'p99 > 500ms'",
      "",
      "Exit codes: 0 done, 1 an --abort-if threshold held (or another failure),",
      "2 bad input, 130 stopped with Ctrl-C (after draining and writing the partial",
      "report). See docs/load.md."
    })
final class LoadCommand implements Callable<Integer> {
  /** Exit code when the run was stopped with Ctrl-C, as shells report SIGINT. */
  static final int INTERRUPTED = 130;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "Scenario file (.yaml, .yml or .json).")
  Path file;

  @Option(names = "--target", paramLabel = "[CHANNEL=]SPEC",
      description = "Where the contacts of CHANNEL (or of every other channel) go; repeat per channel."
          + " SPEC forms are listed below.")
  List<String> targets = new ArrayList<>();

  @Option(names = "--arrivals", paramLabel = "FILE.csv",
      description = "Send the contacts of this arrivals CSV (docs/arrivals-csv.md) instead of generating them.")
  Path arrivals;

  @Option(names = "--speed", paramLabel = "X", defaultValue = "1",
      description = "Simulated seconds per wall-clock second; 60 plays an 8-hour day in 8 minutes"
          + " (default: ${DEFAULT-VALUE}).")
  String speed;

  @Option(names = "--max-duration", paramLabel = "D", defaultValue = "10m",
      description = "Send nothing later than this after the start (default: ${DEFAULT-VALUE}).")
  String maxDuration;

  @Option(names = "--max-contacts", paramLabel = "N", defaultValue = "1000000",
      description = "Send at most N contacts (default: ${DEFAULT-VALUE}).")
  String maxContacts;

  @Option(names = "--max-rate", paramLabel = "R", defaultValue = "1000/s",
      description = "Refuse a plan whose busiest wall-clock second holds more contacts (default: ${DEFAULT-VALUE}).")
  String maxRate;

  @Option(names = "--max-in-flight", paramLabel = "N", defaultValue = "1000",
      description = "Per target, the most contacts in flight; more are dropped and counted"
          + " (default: ${DEFAULT-VALUE}).")
  String maxInFlight;

  @Option(names = "--when-full", paramLabel = "drop|wait", defaultValue = "drop",
      description = "A contact due while its target is full: drop it, or wait for a slot (up to --timeout) and"
          + " send it late (default: ${DEFAULT-VALUE}).")
  LoadOptions.WhenFull whenFull;

  @Option(names = "--timeout", paramLabel = "D", defaultValue = "5s",
      description = "Connect and response timeout per contact; for SIP, the most a transaction waits for an"
          + " answer (RFC 3261's 32 s when longer) (default: ${DEFAULT-VALUE}).")
  String timeout;

  @Option(names = "--grace", paramLabel = "D", defaultValue = "10s",
      description = "How long in-flight work may finish after the last send or Ctrl-C (default: ${DEFAULT-VALUE}).")
  String grace;

  @Option(names = "--interval", paramLabel = "D", defaultValue = "1s",
      description = "Reporting interval of intervals.csv and the charts (default: ${DEFAULT-VALUE}).")
  String interval;

  @Option(names = "--late-after", paramLabel = "D", defaultValue = "10ms",
      description = "A contact sent this long after its intended time counts as late (default: ${DEFAULT-VALUE}).")
  String lateAfter;

  @Option(names = "--seed", paramLabel = "S", description = "Random seed (overrides the scenario's).")
  Long seed;

  @Option(names = "--replication", paramLabel = "R", defaultValue = "0",
      description = "Which replication's random streams to use, from 0 (default: ${DEFAULT-VALUE}).")
  String replication;

  @Option(names = "--abort-if", paramLabel = "EXPR",
      description = "Fail (exit 1), stopping early, when EXPR holds: e.g. 'p99 > 500ms', 'errors > 1%%',"
          + " 'chat.p90 >= 2s'.")
  List<String> abortIf = new ArrayList<>();

  @Option(names = "--report", paramLabel = "DIR",
      description = "Write summary.json, intervals.csv, latency.hlog, report.html and charts/ into DIR.")
  Path report;

  @Option(names = "--json", description = "Print summary.json on standard output instead of the table.")
  boolean json;

  @Option(names = "--dry-run",
      description = "Print the plan (contacts, peak rate, duration, targets) and send nothing.")
  boolean dryRun;

  @Option(names = "--allow-remote", paramLabel = "HOST",
      description = "Allow a target on HOST, which is not this machine. Repeat per host.")
  List<String> allowRemote = new ArrayList<>();

  @Option(names = "--run-id", paramLabel = "ID",
      description = "Prefix of every contact id (default: random), so that a system can tell runs apart.")
  String runId;

  @Option(names = "--smtp-connections", paramLabel = "N", defaultValue = "4",
      description = "SMTP connections per mail target (default: ${DEFAULT-VALUE}).")
  String smtpConnections;

  @Option(names = "--http-connections", paramLabel = "N", defaultValue = "256",
      description = "HTTP/1.1 connections per HTTP target; more requests wait, in flight, for one"
          + " (default: ${DEFAULT-VALUE}).")
  String httpConnections;

  @Mixin DebugOption debugOption;

  @Override
  public Integer call() throws IOException, InterruptedException {
    LoadOptions options = options();
    int r = OptionValues.wholeNumber("--replication", replication, 0);
    Scenario loaded = ScenarioInput.load(file);
    Scenario scenario = loaded.withRun(seed != null ? seed : loaded.seed(), loaded.replications());
    ContactSource source;
    try {
      source = arrivals == null
          ? ContactSource.of(file.toString(), scenario, r)
          : ContactSource.of(new ArrivalsCsvFile(arrivals, ContactSource.channelNames(scenario)), scenario.name());
    } catch (IllegalArgumentException e) {
      throw new BadInputException(file + ": " + e.getMessage(), e);
    }
    Map<String, TargetSpec> routing = routing(source.channels());
    List<Threshold> thresholds = new ArrayList<>();
    for (String expression : abortIf) {
      try {
        thresholds.add(Threshold.parse(expression, source.channels()));
      } catch (IllegalArgumentException e) {
        throw new BadInputException("--abort-if: " + e.getMessage(), e);
      }
    }
    Plan plan;
    try {
      plan = Plan.of(source, options);
    } catch (ArrivalsCsvException e) {
      throw new BadInputException(e.getMessage(), e);
    }
    boolean stdoutTaken = routing.values().stream().anyMatch(t -> t.text().equals("jsonl:-"));
    if (stdoutTaken && json) {
      throw new BadInputException("--json: standard output carries the events of jsonl:-; use --report DIR for"
          + " summary.json, or send the events to jsonl:FILE");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter info = stdoutTaken ? spec.commandLine().getErr() : out;
    if (dryRun) {
      out.print(TextSummary.plan(plan, options, describe(routing, source.channels())));
      out.flush();
    }
    if (plan.exceeds(options.maxRatePerSecond())) {
      throw new BadInputException(String.format(Locale.ROOT, "--max-rate: the plan's busiest wall-clock second holds"
          + " %d contacts, more than the cap of %s/s; lower --speed or raise --max-rate", plan.peakPerSecond(),
          rate(options.maxRatePerSecond())));
    }
    plan.planned().forEach((channel, count) -> {
      if (count > 0 && !routing.containsKey(channel) && !(dryRun && targets.isEmpty())) {
        throw new BadInputException("--target: channel " + channel + " has " + count + " contacts but no target; add"
            + " --target " + channel + "=SPEC or a --target SPEC for all channels");
      }
    });
    if (dryRun) {
      return Main.OK;
    }
    if (targets.isEmpty()) {
      throw new BadInputException("--target is required (or use --dry-run); allowed: [CHANNEL=]SPEC with SPEC one of "
          + TargetKind.forms());
    }
    OutputCheck.folder(report, "--report");
    return run(source, plan, options, routing, thresholds, out, info);
  }

  private int run(ContactSource source, Plan plan, LoadOptions options, Map<String, TargetSpec> routing,
      List<Threshold> thresholds, PrintWriter out, PrintWriter info) throws IOException, InterruptedException {
    IntervalLog log = report == null ? null
        : new IntervalLog(report, "ccsim load of " + plan.source() + ", run " + options.runId());
    TargetSettings settings = new TargetSettings(options.timeout(), options.maxInFlight(), options.smtpConnections(),
        OptionValues.wholeNumber("--http-connections", httpConnections, 1), out);
    LoadGenerator generator = new LoadGenerator(source, plan, options, routing, settings, thresholds,
        log == null ? IntervalListener.NONE : log);
    CountDownLatch reported = new CountDownLatch(1);
    long hookWaitSeconds = options.grace().toSeconds() + options.timeout().toSeconds() + 30;
    AtomicBoolean hookRan = new AtomicBoolean();
    Thread hook = new Thread(() -> {
      // Ctrl-C: stop sending, let in-flight work drain, and wait for the partial report to be written.
      hookRan.set(true);
      generator.stop();
      try {
        reported.await(hookWaitSeconds, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "ccsim-load-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      LoadResult result;
      try {
        result = generator.run();
      } catch (IOException | RuntimeException e) {
        if (log != null) {
          log.discard();
        }
        throw e;
      }
      if (log != null) {
        LoadReport.write(report, result, log);
      }
      String summaryJson = SummaryJson.toJson(result);
      if (json) {
        out.print(summaryJson);
        out.flush();
      } else {
        info.print(TextSummary.result(result));
        if (report != null) {
          info.println("report: " + report.resolve("report.html"));
        }
        info.flush();
      }
      if (result.failed()) {
        PrintWriter err = spec.commandLine().getErr();
        List<String> held = result.thresholds().stream().filter(LoadResult.Judged::holds)
            .map(j -> j.threshold().text() + " (" + j.threshold().describe(j.observed()) + ")").toList();
        err.println("ccsim: load run failed its thresholds: " + String.join(", ", held)
            + (result.abortedBy() != null ? "; stopped early by " + result.abortedBy().text() : ""));
        err.flush();
        return Main.FAILURE;
      }
      return result.outcome() == Outcome.INTERRUPTED ? INTERRUPTED : Main.OK;
    } catch (IOException | RuntimeException | Error e) {
      if (hookRan.get()) {
        // The JVM halts as soon as the hook returns, before Main could print this.
        PrintWriter err = spec.commandLine().getErr();
        err.println("ccsim: stopped, but the report could not be finished: " + e);
        err.flush();
      }
      throw e;
    } finally {
      reported.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // Ctrl-C: the hook is running and returns now that the report is written.
      }
    }
  }

  private LoadOptions options() {
    double x = OptionValues.positiveNumber("--speed", speed);
    String id = runId != null ? runId : randomRunId();
    if (!id.matches("[A-Za-z0-9_-]{1,40}")) {
      throw new BadInputException("--run-id: '" + runId + "' is not allowed; give 1 to 40 letters, digits, '-' or '_'");
    }
    try {
      return new LoadOptions(x, duration("--max-duration", maxDuration, false),
          OptionValues.wholeNumber("--max-contacts", maxContacts, 1), OptionValues.rate("--max-rate", maxRate),
          OptionValues.wholeNumber("--max-in-flight", maxInFlight, 1), whenFull,
          duration("--timeout", timeout, false), duration("--grace", grace, true),
          duration("--interval", interval, false), duration("--late-after", lateAfter, true), id,
          OptionValues.wholeNumber("--smtp-connections", smtpConnections, 1));
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage(), e);
    }
  }

  private static String rate(double perSecond) {
    return perSecond == Math.rint(perSecond) ? Long.toString((long) perSecond)
        : String.format(Locale.ROOT, "%.3f", perSecond);
  }

  private static Duration duration(String option, String text, boolean zeroAllowed) {
    return Duration.ofNanos(Math.round(OptionValues.duration(option, text, zeroAllowed) * 1e9));
  }

  private static String randomRunId() {
    return String.format(Locale.ROOT, "%08x", new SecureRandom().nextInt());
  }

  /** Parses and checks the --target values; returns each channel's target. */
  private Map<String, TargetSpec> routing(List<String> channels) {
    Map<String, TargetSpec> own = new LinkedHashMap<>();
    TargetSpec all = null;
    for (String value : targets) {
      TargetSpec t;
      try {
        t = TargetSpec.parse(value);
        t.checkAllowed(allowRemote);
      } catch (IllegalArgumentException e) {
        throw new BadInputException("--target: " + e.getMessage(), e);
      }
      if (t.channel() == null) {
        if (all != null) {
          throw new BadInputException("--target: '" + value + "' is a second target for all channels (the first is '"
              + all.text() + "'); prefix all but one with CHANNEL=");
        }
        all = t;
      } else if (!channels.contains(t.channel())) {
        throw new BadInputException("--target: '" + value + "' names the channel '" + t.channel()
            + "', which the scenario does not have; allowed: " + String.join(", ", channels));
      } else if (own.put(t.channel(), t) != null) {
        throw new BadInputException("--target: channel " + t.channel() + " has two targets; give one per channel");
      }
    }
    Map<String, TargetSpec> routing = new LinkedHashMap<>();
    for (String channel : channels) {
      TargetSpec t = own.containsKey(channel) ? own.get(channel) : all;
      if (t != null) {
        routing.put(channel, t);
      }
    }
    return routing;
  }

  private static List<String> describe(Map<String, TargetSpec> routing, List<String> channels) {
    List<String> lines = new ArrayList<>();
    for (String channel : channels) {
      TargetSpec t = routing.get(channel);
      lines.add(channel + " -> " + (t == null ? "(no target)" : t.text()));
    }
    return lines;
  }
}
