package io.ccsim.fit;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Writes a fitted scenario as YAML that {@code ccsim run} accepts (docs/scenario-format.md). */
public final class ScenarioYaml {
  private ScenarioYaml() {}

  public static String write(FitResult fit) {
    Selection sel = fit.selection();
    StringBuilder y = new StringBuilder();
    y.append("# Fitted by ccsim fit from ").append(fileName(fit.log().source())).append(" (format ")
        .append(fit.log().format().cliName()).append("): ").append(sel.describe()).append(".\n");
    y.append("# The estimators and the fit's statistics are in fit.txt and fit.json beside this file (docs/fit.md).\n");
    if (fit.log().format() == LogFormat.ANONYMOUS_BANK) {
      y.append("# Data: the \"Anonymous Bank\" call log, January 1999, published by the Technion's Service Enterprise\n")
          .append("# Engineering lab (data organized by Ilan Guedj and Avi Mandelbaum).\n");
    }
    y.append("name: ").append(quote("Fitted from " + fileName(fit.log().source()))).append('\n');
    y.append("seed: ").append(fit.options().seed()).append('\n');
    y.append("replications: ").append(fit.options().replications()).append('\n');
    if (fit.options().byDate()) {
      List<Integer> dates = sel.dayList();
      y.append("# A replay of the log's dates: day d of the run is the d-th of ").append(dates.size()).append(", with its")
          .append(" own arrivals and staffing:\n#   ").append(dates.stream().map(d -> java.time.LocalDate.ofEpochDay(d)
              .toString()).collect(Collectors.joining(", "))).append('\n');
      y.append("days: ").append(dates.size()).append('\n');
    } else {
      y.append("days: 1\n");
    }
    y.append("interval: ").append(seconds(sel.intervalSeconds())).append('\n');
    y.append("channels:\n");
    for (String ch : fit.channels()) {
      HandleTimeFit h = fit.handleTimes().get(ch);
      y.append("  ").append(ch).append(":\n");
      if (ch.endsWith("-priority")) {
        y.append("    priority: 1\n");
      }
      y.append("    serviceLevel: { threshold: ").append(seconds(fit.options().thresholdSeconds()))
          .append(", target: 0.80 }\n");
      y.append("    handleTime: ").append(handleTime(h)).append('\n');
      if (fit.wrapUp() != null) {
        y.append("    wrapUp: ").append(survival(fit.wrapUp())).append('\n');
      }
      VruFit vru = fit.vru().get(ch);
      if (vru != null) {
        y.append("    vru: { time: { distribution: histogram, values: [").append(java.util.Arrays.stream(vru.valuesSeconds())
            .mapToObj(v -> seconds(v)).collect(Collectors.joining(", "))).append("], weights: [")
            .append(java.util.Arrays.stream(vru.weights()).mapToObj(w -> number(w, 0)).collect(Collectors.joining(", ")))
            .append("] }, dropOut: ").append(number(vru.dropOut(), 6)).append(" }\n");
      }
      double[] factors = fit.handleTimeFactors().get(ch);
      if (factors != null) {
        y.append("    handleTimeFactors: { start: \"").append(Selection.clock(sel.windowStartSeconds()))
            .append("\", interval: ").append(seconds(sel.intervalSeconds())).append(", factors: [")
            .append(java.util.Arrays.stream(factors).mapToObj(v -> number(v, 4)).collect(Collectors.joining(", ")))
            .append("] }\n");
      }
      PatienceFit p = fit.patience().get(ch);
      if (p != null) {
        KaplanMeier km = fit.patienceCurves().get(ch);
        y.append("    patience: ").append(fit.options().patience().equals("km") && km != null ? survival(km)
            : "{ distribution: exponential, mean: " + seconds(p.meanSeconds()) + " }").append('\n');
        double[] pf = fit.patienceFactors().get(ch);
        if (pf != null) {
          y.append("    patienceFactors: { start: \"").append(Selection.clock(sel.windowStartSeconds()))
              .append("\", interval: ").append(seconds(sel.intervalSeconds())).append(", factors: [")
              .append(java.util.Arrays.stream(pf).mapToObj(v -> number(v, 4)).collect(Collectors.joining(", ")))
              .append("] }\n");
        }
      }
    }
    y.append("arrivals:\n");
    for (String ch : fit.channels()) {
      y.append("  - channel: ").append(ch).append('\n');
      y.append("    profile: { start: \"").append(Selection.clock(sel.windowStartSeconds())).append("\", interval: ")
          .append(seconds(sel.intervalSeconds()));
      if (fit.options().byDate()) {
        y.append(", ratesByDay: [").append(java.util.Arrays.stream(fit.arrivals().perDay().get(ch))
            .map(day -> "[" + rates(day, sel) + "]").collect(Collectors.joining(", "))).append("] }\n");
      } else {
        y.append(", rates: [").append(rates(fit.arrivals().perInterval().get(ch), sel)).append("] }\n");
      }
      if (fit.busynessCv() > 0) {
        y.append("    busyness: { cv: ").append(number(fit.busynessCv(), 4)).append(", shared: true }\n");
      }
    }
    y.append("agents:\n");
    y.append("  - group: agents\n");
    y.append("    skills: [").append(String.join(", ", fit.channels())).append("]\n");
    y.append(fit.wrapUp() != null
        ? "    # Ready agents per step: counted agents x the share not taken by other work (fit.txt); the after-call\n"
            + "    # time is each channel's wrapUp. A fraction of an agent is one agent in that share of the steps, spread.\n"
        : "    # Available agents per step: counted agents x availability (fit.txt); a fraction of an agent is one\n"
            + "    # agent in that share of the interval's steps, spread over them.\n");
    int first = (int) Math.rint(sel.windowStartSeconds() / fit.options().staffingStepSeconds());
    y.append("    staffing: { start: \"").append(Selection.clock(sel.windowStartSeconds())).append("\", interval: ")
        .append(seconds(fit.options().staffingStepSeconds()));
    if (fit.staffingStepsByDay().isEmpty()) {
      y.append(", agents: [").append(agents(fit.staffingSteps(), first)).append("] }\n");
    } else {
      y.append(", agentsByDay: [").append(fit.staffingStepsByDay().stream().map(day -> "[" + agents(day, first) + "]")
          .collect(Collectors.joining(", "))).append("] }\n");
    }
    return y.toString();
  }

  /** Calls per interval as rates per hour. */
  private static String rates(double[] perInterval, Selection sel) {
    return java.util.Arrays.stream(perInterval).mapToObj(n -> number(n * 3600 / sel.intervalSeconds(), 3) + "/h")
        .collect(Collectors.joining(", "));
  }

  /** The staffing steps from the window's start. */
  private static String agents(List<Integer> steps, int first) {
    return steps.subList(first, steps.size()).stream().map(String::valueOf).collect(Collectors.joining(", "));
  }

  /**
   * The Kaplan-Meier curve as a {@code survival} distribution, its steps at whole seconds (a step at a
   * time that rounds like the one before it replaces that one's share), shares to 6 decimals.
   */
  static String survival(KaplanMeier km) {
    List<String> times = new java.util.ArrayList<>();
    List<String> shares = new java.util.ArrayList<>();
    long previous = Long.MIN_VALUE;
    for (int i = 0; i < km.timesSeconds().length; i++) {
      long t = Math.round(km.timesSeconds()[i]);
      String share = number(km.survival()[i], 6);
      if (t == previous) {
        shares.set(shares.size() - 1, share);
      } else {
        times.add(t + "s");
        shares.add(share);
        previous = t;
      }
    }
    return "{ distribution: survival, times: [" + String.join(", ", times) + "], survival: ["
        + String.join(", ", shares) + "], tailMean: " + seconds(km.tailMeanSeconds()) + " }";
  }

  private static String handleTime(HandleTimeFit h) {
    return switch (h.model()) {
      case "lognormal" -> "{ distribution: lognormal, mean: " + seconds(h.lognormalMean()) + ", cv: "
          + number(h.lognormalCv(), 4) + " }";
      case "gamma" -> "{ distribution: gamma, mean: " + seconds(h.gammaMean()) + ", cv: " + number(h.gammaCv(), 4)
          + " }";
      default -> "{ distribution: histogram, values: [" + java.util.Arrays.stream(h.histogramValues())
          .mapToObj(v -> seconds(v)).collect(Collectors.joining(", ")) + "], weights: ["
          + java.util.Arrays.stream(h.histogramWeights()).mapToObj(w -> number(w, 0))
          .collect(Collectors.joining(", ")) + "] }";
    };
  }

  static String seconds(double s) {
    return number(s, 2) + "s";
  }

  static String number(double v, int decimals) {
    String text = String.format(Locale.ROOT, "%." + decimals + "f", v);
    if (text.contains(".")) {
      text = text.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
    return text;
  }

  static String fileName(String source) {
    return java.nio.file.Path.of(source).getFileName().toString();
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
