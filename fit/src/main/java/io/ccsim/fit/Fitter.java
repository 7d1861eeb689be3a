package io.ccsim.fit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Estimates a scenario's inputs from a call log (see the estimator types for the methods). */
public final class Fitter {
  /** Types with fewer calls offered over the selection are folded into the most common type. */
  public static final int MIN_CALLS_PER_TYPE = 50;

  private Fitter() {}

  public static FitResult fit(CallLog log, FitOptions options) {
    long started = System.nanoTime();
    Selection selection = Selection.of(log, options.weekdays(), options.intervalSeconds(),
        options.windowStartSeconds(), options.windowEndSeconds());
    if (Math.abs(selection.windowStartSeconds() / selection.intervalSeconds()
        - Math.rint(selection.windowStartSeconds() / selection.intervalSeconds())) > 1e-9) {
      throw new IllegalArgumentException("the window must start on an interval bound");
    }
    if (!log.hasAgents() && options.agents() == null) {
      throw new IllegalArgumentException(log.source() + ": a " + log.format().cliName()
          + " log names no agents, so staffing cannot be estimated; allowed: --agents N");
    }
    List<Call> calls = selection.calls(log);
    java.util.function.Function<Call, String> classOf = c -> options.priorityClasses() && c.priorityClass()
        ? c.type() + PRIORITY_SUFFIX : c.type();
    Map<String, Long> byType = calls.stream().collect(Collectors.groupingBy(classOf, TreeMap::new,
        Collectors.counting()));
    List<String> types = new ArrayList<>(byType.keySet());
    types.sort((a, b) -> Long.compare(byType.get(b), byType.get(a)));
    Map<String, String> channelOf = new LinkedHashMap<>();
    for (String t : types) {
      boolean high = t.endsWith(PRIORITY_SUFFIX);
      String main = types.stream().filter(u -> u.endsWith(PRIORITY_SUFFIX) == high).findFirst().orElseThrow();
      channelOf.put(t, byType.get(t) >= MIN_CALLS_PER_TYPE ? channelName(t) : channelName(main));
    }
    List<String> channels = channelOf.values().stream().distinct().collect(Collectors.toList());
    Map<String, Long> offered = new LinkedHashMap<>();
    channels.forEach(ch -> offered.put(ch, 0L));
    byType.forEach((t, n) -> offered.merge(channelOf.get(t), n, Long::sum));

    Map<String, VruFit> vru = new LinkedHashMap<>();
    ArrivalFit arrivals;
    if (options.vru() && log.hasVru()) {
      // Arrivals at VRU entry: the offered calls moved back by their time in the VRU, and the callers lost
      // there (a type seen only in the VRU goes to the most common channel of its class).
      java.util.function.Function<Call, String> channel = c -> channelOf.getOrDefault(classOf.apply(c),
          channelOf.get(types.stream().filter(t -> t.endsWith(PRIORITY_SUFFIX) == classOf.apply(c)
              .endsWith(PRIORITY_SUFFIX)).findFirst().orElse(types.get(0))));
      List<Call> entries = new ArrayList<>();
      Map<String, List<Double>> times = new HashMap<>();
      Map<String, long[]> counts = new HashMap<>();
      for (Call c : log.calls()) {
        double inVru = Double.isNaN(c.vruSeconds()) ? 0 : c.vruSeconds();
        Call entry = new Call(c.day(), c.weekday(), c.type(), c.arrivalSeconds() - inVru, c.outcome(), c.waitSeconds(),
            c.handleSeconds(), c.patienceSeconds(), c.agent(), c.priorityClass(), inVru);
        if (selection.intervalOf(entry) >= 0) {
          entries.add(entry);
          if (!Double.isNaN(c.vruSeconds())) {
            times.computeIfAbsent(channel.apply(c), k -> new ArrayList<>()).add(inVru);
          }
          counts.computeIfAbsent(channel.apply(c), k -> new long[2])[0]++;
        }
      }
      for (Call c : log.lostInVru()) {
        if (selection.intervalOf(c) >= 0) {
          entries.add(c);
          long[] n = counts.computeIfAbsent(channel.apply(c), k -> new long[2]);
          n[0]++;
          n[1]++;
        }
      }
      for (String ch : channels) {
        long[] n = counts.getOrDefault(ch, new long[2]);
        if (times.containsKey(ch) && n[1] < n[0]) {
          vru.put(ch, VruFit.of(times.get(ch), n[0], n[1]));
        }
      }
      arrivals = ArrivalFit.of(entries, selection, channel);
    } else {
      arrivals = ArrivalFit.of(calls, selection, c -> channelOf.get(classOf.apply(c)));
    }
    Map<String, List<Double>> handles = new HashMap<>();
    Map<String, List<Integer>> handleIntervals = new HashMap<>();
    Map<String, PatienceFit> patience = new LinkedHashMap<>();
    Map<String, PatienceFit[]> patienceByInterval = new HashMap<>();
    PatienceFit all = new PatienceFit(0, 0, 0, false);
    Map<String, KaplanMeier.Sample> samples = new HashMap<>();
    KaplanMeier.Sample allSample = new KaplanMeier.Sample();
    for (Call c : calls) {
      String ch = channelOf.get(classOf.apply(c));
      if (c.handleSeconds() > 0) {
        handles.computeIfAbsent(ch, k -> new ArrayList<>()).add(c.handleSeconds());
        handleIntervals.computeIfAbsent(ch, k -> new ArrayList<>()).add(selection.intervalOf(c));
      }
      PatienceFit p = PatienceFit.of(c);
      if (p != null) {
        patience.merge(ch, p, PatienceFit::plus);
        all = all.plus(p);
        samples.computeIfAbsent(ch, k -> new KaplanMeier.Sample()).add(p.exposureSeconds(), p.events() > 0);
        allSample.add(p.exposureSeconds(), p.events() > 0);
        PatienceFit[] slots = patienceByInterval.computeIfAbsent(ch, k -> new PatienceFit[selection.intervals()]);
        int i = selection.intervalOf(c);
        slots[i] = slots[i] == null ? p : slots[i].plus(p);
      }
    }
    Map<String, HandleTimeFit> handleTimes = new LinkedHashMap<>();
    Map<String, double[]> factors = new LinkedHashMap<>();
    for (String ch : channels) {
      List<Double> h = handles.get(ch);
      if (h == null || h.size() < 2) {
        throw new IllegalArgumentException(log.source() + ": channel " + ch + " has fewer than 2 handle times above 0");
      }
      double[] x = h.stream().mapToDouble(Double::doubleValue).toArray();
      int[] at = handleIntervals.get(ch).stream().mapToInt(Integer::intValue).toArray();
      if (options.handleTimeByTimeOfDay()) {
        double[] f = HandleTimeFactors.of(x, at, selection.intervals());
        factors.put(ch, f);
        x = HandleTimeFactors.deflate(x, at, f);
      }
      handleTimes.put(ch, HandleTimeFit.of(x, options.handleTime()));
    }
    Map<String, PatienceFit> patienceOut = new LinkedHashMap<>();
    if (all.events() > 0) {
      for (String ch : channels) {
        PatienceFit p = patience.get(ch);
        patienceOut.put(ch, p != null && p.events() >= PatienceFit.MIN_EVENTS ? p
            : new PatienceFit(all.exposureSeconds(), all.events(), all.observed(), true));
      }
    }
    // Kaplan-Meier beside the exponential estimate, on the same observations, pooled where it is pooled.
    Map<String, KaplanMeier> curves = new LinkedHashMap<>();
    if (all.events() > 0) {
      KaplanMeier pooledCurve = allSample.estimate(true);
      patienceOut.forEach((ch, p) -> curves.put(ch, p.pooled() ? pooledCurve : samples.get(ch).estimate(false)));
    }
    Map<String, double[]> patienceFactors = new LinkedHashMap<>();
    if (options.patienceByTimeOfDay()) {
      patienceOut.forEach((ch, p) -> {
        if (!p.pooled()) {
          PatienceFit[] slots = patienceByInterval.get(ch);
          double[] f = new double[slots.length];
          for (int i = 0; i < f.length; i++) {
            // The interval's estimate, widened to its neighbours (±1, ±2, ...) until it has
            // MIN_EVENTS abandonments; 1 when even the whole window has fewer.
            PatienceFit near = new PatienceFit(0, 0, 0, false);
            for (int w = 0; w < f.length && near.events() < PatienceFit.MIN_EVENTS; w++) {
              near = new PatienceFit(0, 0, 0, false);
              for (int j = Math.max(0, i - w); j <= Math.min(f.length - 1, i + w); j++) {
                near = slots[j] == null ? near : near.plus(slots[j]);
              }
            }
            f[i] = near.events() >= PatienceFit.MIN_EVENTS ? near.meanSeconds() / p.meanSeconds() : 1;
          }
          patienceFactors.put(ch, f);
        }
      });
    }
    AfterCallFit afterCall = log.hasAgents() && options.wrapUp().equals("km") ? AfterCallFit.of(log, selection) : null;
    double cycle = afterCall != null && afterCall.estimated() ? afterCall.cycleFactor() : 1;
    StaffingFit staffing = log.hasAgents() ? StaffingFit.of(log, selection, options.availability(), cycle) : null;
    List<Integer> steps = steps(staffing, selection, options);
    List<List<Integer>> stepsByDay = new ArrayList<>();
    if (options.byDate() && staffing != null) {
      for (double[] day : staffing.availableByDay()) {
        stepsByDay.add(steps(day, selection, options));
      }
    }
    RecordedKpis recorded = log.hasWaits() ? RecordedKpis.of(log, selection, options.thresholdSeconds()) : null;
    Map<String, Integer> lost = new TreeMap<>(log.lostBeforeQueue());
    return new FitResult(log, selection, options, channelOf, channels, offered, arrivals, handleTimes, patienceOut,
        staffing, log.hasAgents() ? null : options.agents(), steps, stepsByDay, recorded, lost,
        options.byDate() ? 0 : staffing == null ? arrivals.busynessCv()
            : arrivals.loadBusynessCv(staffing.countedHoursPerDay()), factors,
        patienceFactors, curves, vru, afterCall,
        (System.nanoTime() - started) / 1e9);
  }

  /**
   * The staffing per step from 00:00 to the window's end: the window's estimated available agents in whole
   * agents, by error diffusion: each step gets the rounded running total of the exact agents minus what the
   * steps before it got, so a fraction f of an agent is one more agent in about f of the interval's steps,
   * spread over them, and the agents written never stray more than half an agent-step from the exact sum.
   * (Putting the extra agent in the interval's first steps instead gives runs of one agent short that let
   * the queue build: on the January fit, 0.5 points more abandonment for the same agent-hours.)
   */
  static List<Integer> steps(StaffingFit staffing, Selection selection, FitOptions options) {
    double[] available = new double[selection.intervals()];
    for (int j = 0; j < available.length; j++) {
      available[j] = staffing == null ? options.agents() : staffing.available()[j];
    }
    return steps(available, selection, options);
  }

  /** The steps of one day's available agents per interval of the window (see above). */
  static List<Integer> steps(double[] available, Selection selection, FitOptions options) {
    int perInterval = (int) Math.rint(options.intervalSeconds() / options.staffingStepSeconds());
    int before = (int) Math.rint(selection.windowStartSeconds() / options.staffingStepSeconds());
    List<Integer> steps = new ArrayList<>(Collections.nCopies(before, 0));
    double exact = 0;
    long written = 0;
    for (int j = 0; j < selection.intervals(); j++) {
      double x = available[j];
      for (int s = 0; s < perInterval; s++) {
        exact += x;
        long now = Math.round(exact);
        steps.add((int) (now - written));
        written = now;
      }
    }
    while (steps.size() * options.staffingStepSeconds() > 86_400 + 1e-6) {
      steps.remove(steps.size() - 1);
    }
    return steps;
  }

  /** What a priority class adds to its type's name: PS+ is the priority customers' PS. */
  static final String PRIORITY_SUFFIX = "+";

  /** A channel name from a call type: lower case, characters a name cannot hold replaced by '-'. */
  static String channelName(String type) {
    String name = type.toLowerCase(Locale.ROOT).replace(PRIORITY_SUFFIX, "-priority").replaceAll("[^a-z0-9_-]", "-");
    return Character.isLetter(name.charAt(0)) ? name : "t-" + name;
  }
}
