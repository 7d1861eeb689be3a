package io.ccsim.fit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The fit report: as text (fit.txt, printed) and as JSON (fit.json). */
public final class FitReport {
  private FitReport() {}

  public static String text(FitResult fit) {
    StringBuilder r = new StringBuilder();
    Selection sel = fit.selection();
    r.append("Fit of ").append(fit.log().source()).append(" (").append(fit.log().format().cliName()).append("): ")
        .append(sel.describe()).append('\n');
    r.append(f("%d calls offered to the agent queue in the selection (%d in the log)%n",
        fit.offered().values().stream().mapToLong(Long::longValue).sum(), fit.log().calls().size()));
    if (!fit.log().odd().isEmpty()) {
      r.append("Odd rows (whole log):\n");
      fit.log().odd().forEach((why, n) -> r.append(f("  %6d %s%n", n, why)));
    }
    if (!fit.lostBeforeQueue().isEmpty()) {
      long lost = fit.lostBeforeQueue().values().stream().mapToLong(Integer::longValue).sum();
      r.append(f("Lost in the voice-response unit before asking for an agent (whole log, not offered to the "
          + "queue, %s): %d%n", fit.vru().isEmpty() ? "not simulated" : "simulated by the VRU stage below", lost));
    }
    if (!fit.vru().isEmpty()) {
      r.append("VRU stage per channel (by VRU entry in the selection; the arrivals below are VRU entries): time from "
          + "VRU entry to the queue of the calls that went on, share lost in the VRU = lost / VRU arrivals\n");
      fit.vru().forEach((ch, v) -> r.append(f("  %-12s VRU time mean %5.1f s (%d distinct values), %d of %d lost "
          + "in the VRU (%.2f%%)%n", ch, v.meanSeconds(), v.valuesSeconds().length, v.lost(), v.arrivals(),
          100 * v.dropOut())));
    }
    fit.channelOf().forEach((type, ch) -> {
      if (!Fitter.channelName(type).equals(ch)) {
        r.append(f("Type %s (under %d calls) is folded into channel %s%n", type, Fitter.MIN_CALLS_PER_TYPE, ch));
      }
    });
    ArrivalFit a = fit.arrivals();
    r.append(f("%nArrivals: %.1f calls per day ± %.1f (95%%), day-to-day sd %.1f; busyness cv %.4f "
        + "of the volume (method of moments: cv² = (s² − m) / m²)%n", a.dailyMean(), a.dailyCi95(), a.dailySd(),
        a.busynessCv()));
    r.append(fit.options().byDate()
        ? f("No busyness written: the scenario replays the %d dates (--by-date), each with its own arrivals and "
            + "counted staffing%n", sel.days().size())
        : fit.staffing() == null
        ? f("Busyness written to the scenario: %.4f (the volume's)%n", fit.busynessCv())
        : f("Busyness written to the scenario: %.4f, of the calls per counted agent-hour (the scenario has the mean "
            + "day's staffing, and the log's busy days had more agents)%n", fit.busynessCv()));
    r.append(f("%nHandle time per channel (model written: %s)%n", fit.options().handleTime()));
    r.append(f("%-12s %7s %14s %6s %20s %20s %10s%n", "channel", "calls", "mean (s)", "cv", "lognormal mean/cv/KS",
        "gamma mean/cv/KS", "written"));
    for (String ch : fit.channels()) {
      HandleTimeFit h = fit.handleTimes().get(ch);
      r.append(f("%-12s %7d %7.1f ± %4.1f %6.3f %8.1f/%4.2f/%5.3f %8.1f/%4.2f/%5.3f %10s%n", ch, fit.offered().get(ch),
          h.sampleMean(), h.sampleMeanCi95(), h.sampleCv(), h.lognormalMean(), h.lognormalCv(), h.lognormalKs(),
          h.gammaMean(), h.gammaCv(), h.gammaKs(), h.model()));
    }
    if (!fit.handleTimeFactors().isEmpty()) {
      r.append(f("Handle time by time of day: a factor per interval (its calls' mean / the channel's, intervals "
          + "with %d calls or more, the mean factor over calls 1); the fits above are of handle time / factor%n",
          HandleTimeFactors.MIN_CALLS));
      fit.handleTimeFactors().forEach((ch, v) -> r.append(f("  %-12s factors from %.3f to %.3f%n", ch,
          java.util.Arrays.stream(v).min().orElseThrow(), java.util.Arrays.stream(v).max().orElseThrow())));
    }
    r.append("Q-Q table (seconds: sample / lognormal / gamma at each probability)\n");
    for (String ch : fit.channels()) {
      HandleTimeFit h = fit.handleTimes().get(ch);
      r.append(f("  %-12s", ch));
      for (int j = 0; j < HandleTimeFit.PROBABILITIES.length; j++) {
        r.append(f(" p%02.0f %.0f/%.0f/%.0f", HandleTimeFit.PROBABILITIES[j] * 100, h.quantiles()[j],
            h.lognormalQuantiles()[j], h.gammaQuantiles()[j]));
      }
      r.append('\n');
    }
    if (fit.patience().isEmpty()) {
      r.append("\nPatience: no caller abandoned, so the scenario has none (customers never abandon)\n");
    } else {
      r.append("\nPatience per channel: exponential MLE with censoring (time in queue of every queued caller / "
          + "abandonments), exact 95% interval\n");
      for (String ch : fit.channels()) {
        PatienceFit p = fit.patience().get(ch);
        r.append(f("  %-12s mean %7.1f s  [%7.1f, %7.1f]  from %d abandonments over %.0f s in queue%s%n", ch,
            p.meanSeconds(), p.ciLowSeconds(), p.ciHighSeconds(), p.events(), p.exposureSeconds(),
            p.pooled() ? " (pooled over channels: under " + PatienceFit.MIN_EVENTS + " here)" : ""));
      }
    }
    if (!fit.patienceCurves().isEmpty()) {
      r.append(f("Patience per channel: Kaplan-Meier from the same censored waits (Greenwood 95%% interval); beyond the "
          + "last abandonment an exponential tail with the hazard of the last %d abandonments' stretch%n",
          KaplanMeier.TAIL_EVENTS));
      for (String ch : fit.channels()) {
        KaplanMeier km = fit.patienceCurves().get(ch);
        double[] at60 = km.ci95At(60);
        r.append(f("  %-12s median %6.0f s, S(60 s) %.3f [%.3f, %.3f], mean with tail %7.1f s; %d steps to %.0f s, "
            + "S there %.3f, tail mean %.1f s (from %.0f s)%s%n", ch, km.medianSeconds(), km.survivalAt(60), at60[0],
            at60[1], km.meanSeconds(), km.timesSeconds().length, km.timesSeconds()[km.timesSeconds().length - 1],
            km.tailShare(), km.tailMeanSeconds(), km.tailFromSeconds(), km.pooled() ? " (pooled)" : ""));
      }
      r.append(f("Patience written to the scenario: %s%n", fit.options().patience().equals("km")
          ? "km (the Kaplan-Meier curve as a survival distribution)" : "exponential (the MLE's mean)"));
    }
    if (!fit.patienceFactors().isEmpty()) {
      r.append(f("Patience by time of day: a factor per interval (its censored estimate / the channel's, the "
          + "interval widened to its neighbours until it has %d abandonments)%n", PatienceFit.MIN_EVENTS));
      fit.patienceFactors().forEach((ch, v) -> r.append(f("  %-12s factors from %.3f to %.3f%n", ch,
          java.util.Arrays.stream(v).min().orElseThrow(), java.util.Arrays.stream(v).max().orElseThrow())));
    }
    StaffingFit s = fit.staffing();
    if (s == null) {
      r.append(f("%nStaffing: the log names no agents; %d agents all day (--agents)%n", fit.fixedAgents()));
    } else {
      r.append(f("%nStaffing: counted agents (distinct agents serving in the interval), their occupancy, and the "
          + "availability estimated by busy-while-callers-wait; over the window %.3f available, occupancy %.3f%n",
          s.windowAvailability(), s.windowOccupancy()));
      if (fit.afterCall() != null) {
        r.append(fit.afterCall().describe());
      }
      r.append(fit.wrapUp() != null
          ? "Staffing written: counted × share, share = availability × the cycle factor above (at most 1): the rest "
              + "of the counted time is not ready for these calls\n"
          : fit.options().availability() != null ? "Staffing written: counted × the share given (--availability)\n"
          : "Staffing written: counted × availability\n");
    }
    RecordedKpis rec = fit.recorded();
    if (rec != null) {
      Kpis t = rec.total();
      r.append(f("%nRecorded KPIs over the selection: offered %d, abandonment %.2f%% (abandoned / offered), "
          + "service level %.2f%% (answered within %.0f s / offered), ASA %.1f s (wait of answered)%n", t.offered(),
          100 * t.abandonRate(), 100 * t.serviceLevel(), rec.thresholdSeconds(), t.asaSeconds()));
    }
    r.append(f("%n%-6s %8s", "start", "offered"));
    if (s != null) {
      r.append(f(" %8s %9s %9s %6s %9s", "counted", "occupancy", "availab.", "share", "staffing"));
    }
    if (rec != null) {
      r.append(f(" %8s %8s %8s", "abandon", "SL", "ASA (s)"));
    }
    r.append('\n');
    for (int j = 0; j < sel.intervals(); j++) {
      double offered = 0;
      for (double[] v : fit.arrivals().perInterval().values()) {
        offered += v[j];
      }
      r.append(f("%-6s %8.1f", Selection.clock(sel.windowStartSeconds() + j * sel.intervalSeconds()), offered));
      if (s != null) {
        r.append(f(" %8.2f %9.3f %9.3f %6.3f %9.2f", s.counted()[j], s.occupancy()[j], s.availability()[j], s.share()[j],
            s.available()[j]));
      }
      if (rec != null) {
        Kpis k = rec.perInterval().get(j);
        r.append(f(" %7.2f%% %7.2f%% %8.1f", 100 * k.abandonRate(), 100 * k.serviceLevel(), k.asaSeconds()));
      }
      r.append('\n');
    }
    r.append(f("%nEstimated in %.2f s (after reading the log)%n", fit.seconds()));
    return r.toString();
  }

  public static String json(FitResult fit) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("log", fit.log().source());
    root.put("format", fit.log().format().cliName());
    root.put("selection", Map.of("days", fit.selection().days().size(), "description", fit.selection().describe(),
        "intervalSeconds", fit.selection().intervalSeconds(), "windowStartSeconds", fit.selection().windowStartSeconds(),
        "intervals", fit.selection().intervals()));
    root.put("oddRows", fit.log().odd());
    root.put("lostBeforeQueue", fit.lostBeforeQueue());
    root.put("channelOfType", fit.channelOf());
    root.put("offered", fit.offered());
    ArrivalFit a = fit.arrivals();
    root.put("arrivals", Map.of("dailyMean", a.dailyMean(), "dailyMeanCi95", a.dailyCi95(), "dailySd", a.dailySd(),
        "busynessCv", a.busynessCv(), "busynessEstimator", "method of moments: cv^2 = (s^2 - m) / m^2",
        "busynessCvWritten", fit.busynessCv(),
        "callsPerInterval", a.perInterval()));
    Map<String, Object> handle = new LinkedHashMap<>();
    fit.handleTimes().forEach((ch, h) -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("n", h.n());
      m.put("sampleMeanSeconds", h.sampleMean());
      m.put("sampleMeanCi95", h.sampleMeanCi95());
      m.put("sampleCv", h.sampleCv());
      m.put("lognormal", Map.of("meanSeconds", h.lognormalMean(), "cv", h.lognormalCv(), "ks", h.lognormalKs()));
      m.put("gamma", Map.of("meanSeconds", h.gammaMean(), "cv", h.gammaCv(), "ks", h.gammaKs()));
      m.put("model", h.model());
      m.put("qq", Map.of("probabilities", HandleTimeFit.PROBABILITIES, "sample", h.quantiles(), "lognormal",
          h.lognormalQuantiles(), "gamma", h.gammaQuantiles()));
      handle.put(ch, m);
    });
    root.put("handleTime", handle);
    root.put("handleTimeFactors", fit.handleTimeFactors());
    root.put("patienceFactors", fit.patienceFactors());
    Map<String, Object> patience = new LinkedHashMap<>();
    fit.patience().forEach((ch, p) -> patience.put(ch, Map.of("estimator", "exponential MLE with censoring",
        "meanSeconds", p.meanSeconds(), "ci95", List.of(p.ciLowSeconds(), p.ciHighSeconds()), "abandonments",
        p.events(), "exposureSeconds", p.exposureSeconds(), "pooled", p.pooled())));
    root.put("patience", patience);
    Map<String, Object> curves = new LinkedHashMap<>();
    fit.patienceCurves().forEach((ch, km) -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("estimator", "Kaplan-Meier; Greenwood variance; exponential tail beyond the last abandonment");
      m.put("medianSeconds", nanToNull(km.medianSeconds()));
      m.put("meanSeconds", km.meanSeconds());
      m.put("timesSeconds", km.timesSeconds());
      m.put("survival", km.survival());
      m.put("tailMeanSeconds", km.tailMeanSeconds());
      m.put("tailFromSeconds", km.tailFromSeconds());
      m.put("tailShare", km.tailShare());
      m.put("abandonments", km.events());
      m.put("observed", km.observed());
      m.put("pooled", km.pooled());
      curves.put(ch, m);
    });
    root.put("patienceKaplanMeier", curves);
    root.put("patienceWritten", fit.options().patience());
    Map<String, Object> vru = new LinkedHashMap<>();
    fit.vru().forEach((ch, v) -> vru.put(ch, Map.of("arrivals", v.arrivals(), "lost", v.lost(), "dropOut", v.dropOut(),
        "timeMeanSeconds", v.meanSeconds())));
    root.put("vru", vru);
    if (fit.afterCall() != null) {
      root.put("afterCall", fit.afterCall().json());
    }
    root.put("wrapUpWritten", fit.wrapUp() != null ? "km" : "none");
    root.put("byDate", fit.options().byDate());
    root.put("dates", fit.selection().dayList().stream().map(d -> java.time.LocalDate.ofEpochDay(d).toString())
        .toList());
    StaffingFit s = fit.staffing();
    if (s != null) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("estimator", "availability = busy agents while callers wait / counted agents; share = availability × "
          + "cycle factor (at most 1) with an after-call time, else availability; available = counted × share");
      m.put("windowAvailability", s.windowAvailability());
      m.put("windowOccupancy", s.windowOccupancy());
      m.put("counted", s.counted());
      m.put("occupancy", nanToNull(s.occupancy()));
      m.put("availability", s.availability());
      m.put("share", s.share());
      m.put("available", s.available());
      m.put("stepSeconds", fit.options().staffingStepSeconds());
      m.put("steps", fit.staffingSteps());
      root.put("staffing", m);
    } else {
      root.put("staffing", Map.of("fixedAgents", fit.fixedAgents()));
    }
    RecordedKpis rec = fit.recorded();
    if (rec != null) {
      root.put("recorded", recorded(rec));
    }
    root.put("fitSeconds", fit.seconds());
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static Map<String, Object> recorded(RecordedKpis rec) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("definitions", "abandonRate = abandoned / offered; serviceLevel = answered with wait <= "
        + rec.thresholdSeconds() + " s / offered; asaSeconds = wait of answered / answered");
    m.put("total", kpis(rec.total()));
    List<Object> perInterval = new ArrayList<>();
    rec.perInterval().forEach(k -> perInterval.add(kpis(k)));
    m.put("perInterval", perInterval);
    return m;
  }

  private static Map<String, Object> kpis(Kpis k) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("offered", k.offered());
    m.put("answered", k.answered());
    m.put("abandoned", k.abandoned());
    m.put("abandonRate", nanToNull(k.abandonRate()));
    m.put("serviceLevel", nanToNull(k.serviceLevel()));
    m.put("asaSeconds", nanToNull(k.asaSeconds()));
    return m;
  }

  private static Object nanToNull(double v) {
    return Double.isNaN(v) ? null : v;
  }

  private static List<Object> nanToNull(double[] v) {
    List<Object> out = new ArrayList<>();
    for (double x : v) {
      out.add(nanToNull(x));
    }
    return out;
  }

  private static String f(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
