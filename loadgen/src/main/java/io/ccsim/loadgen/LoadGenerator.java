package io.ccsim.loadgen;

import io.ccsim.arrivals.ScheduledContact;
import io.ccsim.loadgen.measure.CallEnd;
import io.ccsim.loadgen.measure.CallMeter;
import io.ccsim.loadgen.measure.Meter;
import io.ccsim.loadgen.measure.Threshold;
import io.ccsim.loadgen.measure.Totals;
import io.ccsim.loadgen.target.ContactEvent;
import io.ccsim.loadgen.target.Delivery;
import io.ccsim.loadgen.target.Failures;
import io.ccsim.loadgen.target.TargetKind;
import io.ccsim.loadgen.target.TargetSettings;
import io.ccsim.loadgen.target.TargetSpec;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.HdrHistogram.Histogram;

/**
 * Plays a schedule against real systems: an open model, schedule first. Each contact is due at its
 * arrival time divided by the speed, and is sent then, whatever the systems answer: the sender never
 * waits for a response, so a slow system raises latency and errors but does not lower the sending rate.
 * Latency is measured from the intended send time (see {@link Meter}).
 *
 * <p>One thread sends (the caller's); targets deliver on their own threads; a ticker thread closes a
 * reporting interval every {@link LoadOptions#interval()}. In-flight contacts are bounded per target:
 * a contact due when its target is full is dropped and counted, never queued. After the last send, or
 * a {@link #stop}, in-flight work gets the grace period to finish; what is left is counted as
 * unfinished.
 */
public final class LoadGenerator {
  /** Time between setting up and the first due contact, so that the first sends are not late. */
  private static final long START_DELAY_NANOS = 20_000_000L;
  private static final long MAX_PARK_NANOS = 20_000_000L;
  /** Threads that call targets whose send may block (see Target#callerMayBlock). */
  private static final int DISPATCH_THREADS = 4;

  private final ContactSource source;
  private final Plan plan;
  private final LoadOptions options;
  private final Map<String, TargetSpec> targetOfChannel;
  private final TargetSettings settings;
  private final List<Threshold> thresholds;
  private final IntervalListener listener;
  private final CountDownLatch done = new CountDownLatch(1);
  private final ReadWriteLock sealLock = new ReentrantReadWriteLock();
  private volatile boolean stopRequested;
  private volatile Threshold abortedBy;

  private final Map<String, Integer> channelIndex = new HashMap<>();
  private Route[] routes;
  private Meter[] meters;
  private AtomicInteger[] inFlightByChannel;
  private final List<IntervalRow> rows = new ArrayList<>();
  private long t0;
  private double lastTickSeconds;
  private IOException listenerFailure;
  private long maxSessionEnd;
  private ThreadPoolExecutor dispatcher;

  /**
   * @param targetOfChannel the target of each channel that has contacts; other channels need none
   */
  public LoadGenerator(ContactSource source, Plan plan, LoadOptions options, Map<String, TargetSpec> targetOfChannel,
      TargetSettings settings, List<Threshold> thresholds, IntervalListener listener) {
    this.source = source;
    this.plan = plan;
    this.options = options;
    this.targetOfChannel = Map.copyOf(targetOfChannel);
    this.settings = settings;
    this.thresholds = List.copyOf(thresholds);
    this.listener = listener;
    plan.planned().forEach((channel, count) -> {
      if (count > 0 && !targetOfChannel.containsKey(channel)) {
        throw new IllegalArgumentException("channel " + channel + " has " + count + " contacts but no target");
      }
    });
  }

  /** Asks the run to stop sending, drain for the grace period and finish (Ctrl-C); safe from any thread. */
  public void stop() {
    stopRequested = true;
  }

  /** Waits until {@link #run} has returned or failed; true if it did within the time. */
  public boolean awaitDone(long timeout, TimeUnit unit) throws InterruptedException {
    return done.await(timeout, unit);
  }

  /** Runs the plan; returns when everything is sent and drained (or the run stopped). */
  public LoadResult run() throws IOException {
    try {
      return runPlan();
    } finally {
      done.countDown();
    }
  }

  private LoadResult runPlan() throws IOException {
    List<String> channels = source.channels();
    routes = new Route[channels.size()];
    meters = new Meter[channels.size()];
    inFlightByChannel = new AtomicInteger[channels.size()];
    Map<String, Route> byText = new LinkedHashMap<>();
    try {
      for (int c = 0; c < channels.size(); c++) {
        String channel = channels.get(c);
        channelIndex.put(channel, c);
        TargetSpec spec = targetOfChannel.get(channel);
        if (spec != null) {
          routes[c] = byText.computeIfAbsent(spec.text(),
              t -> new Route(spec.create(settings), spec.kind(), options.maxInFlight()));
          meters[c] = new Meter(channel, spec.text(), spec.kind() == TargetKind.SIP);
          inFlightByChannel[c] = new AtomicInteger();
        }
      }
    } catch (RuntimeException e) {
      byText.values().forEach(r -> r.target.close());
      throw e;
    }
    // Every queued task holds an in-flight slot, so the queue never holds more than the caps allow.
    dispatcher = new ThreadPoolExecutor(DISPATCH_THREADS, DISPATCH_THREADS, 1, TimeUnit.MINUTES,
        new ArrayBlockingQueue<>(Math.max(1, byText.size() * options.maxInFlight())), runnable -> {
          Thread thread = new Thread(runnable, "ccsim-load-dispatch");
          thread.setDaemon(true);
          return thread;
        });
    // Now rather than on the first sends, where starting the threads would hold up the sender.
    dispatcher.prestartAllCoreThreads();
    EventJson events = new EventJson(options.runId(), source.scenarioName(), options.speed());
    warmUp(events);
    for (Meter m : meters) {
      if (m != null) {
        m.interval(); // empty: starts the first interval's clock (HdrHistogram timestamps) now
      }
    }
    Instant startedAt = Instant.now().plusNanos(START_DELAY_NANOS);
    t0 = System.nanoTime() + START_DELAY_NANOS;
    listener.started(startedAt);
    ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "ccsim-load-ticker");
      thread.setDaemon(true);
      return thread;
    });
    long interval = options.interval().toNanos();
    ticker.scheduleAtFixedRate(() -> tick(false), START_DELAY_NANOS + interval, interval, TimeUnit.NANOSECONDS);
    Outcome outcome;
    long attempted;
    try {
      long[] sentCount = new long[1];
      outcome = send(events, startedAt, sentCount);
      attempted = sentCount[0];
      outcome = drain(outcome, byText.values());
    } finally {
      sealLock.writeLock().lock();
      try {
        byText.values().forEach(Route::seal);
      } finally {
        sealLock.writeLock().unlock();
      }
      byText.values().forEach(r -> r.target.close());
      dispatcher.shutdownNow();
      ticker.shutdown();
      try {
        ticker.awaitTermination(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    tick(true);
    if (listenerFailure != null) {
      throw listenerFailure;
    }
    double wallSeconds = (System.nanoTime() - t0) / 1e9;
    List<Totals> perChannel = new ArrayList<>();
    for (int c = 0; c < meters.length; c++) {
      if (meters[c] != null) {
        perChannel.add(meters[c].totals(inFlightByChannel[c].get()));
      }
    }
    Totals overall = Totals.sum("all", "all", perChannel);
    List<LoadResult.Judged> judged = new ArrayList<>();
    for (Threshold t : thresholds) {
      Totals seen = t.channel() == null ? overall
          : perChannel.stream().filter(p -> p.channel().equals(t.channel())).findFirst().orElse(overall);
      double observed = t.observe(seen);
      judged.add(new LoadResult.Judged(t, observed, t.holds(seen)));
    }
    return new LoadResult(plan, options, outcome, startedAt, wallSeconds, perChannel, overall,
        Math.max(0, plan.total() - attempted), rows, abortedBy, judged);
  }

  /**
   * Runs the sender's code paths once before the clock starts (class loading and initialization, such
   * as the first {@code Instant.toString}, take tens of milliseconds), so the first contacts are not late.
   */
  private static void warmUp(EventJson events) {
    ScheduledContact dummy = new ScheduledContact(1, 1.5, "warm-up", 2.5, Double.NaN, null);
    for (int i = 0; i < 200; i++) {
      events.of(dummy, Instant.now());
    }
    Meter meter = new Meter("warm-up", "warm-up");
    meter.sent(1000, false);
    meter.reached(0, 0, 1000);
    meter.finished(null);
    meter.interval();
    LockSupport.parkNanos(1000);
  }

  private Outcome send(EventJson events, Instant startedAt, long[] attempted) {
    long maxDurationNanos = options.maxDuration().toNanos();
    long lateAfter = options.lateAfter().toNanos();
    try (ContactSource.Cursor cursor = source.open()) {
      while (true) {
        if (stopRequested) {
          return Outcome.INTERRUPTED;
        }
        if (abortedBy != null) {
          return Outcome.ABORTED;
        }
        if (!cursor.hasNext()) {
          return Outcome.COMPLETED;
        }
        if (attempted[0] >= options.maxContacts()) {
          return Outcome.MAX_CONTACTS;
        }
        ScheduledContact contact = cursor.next();
        long offset = options.offsetNanos(contact.arrivalSeconds());
        if (offset >= maxDurationNanos) {
          return Outcome.MAX_DURATION;
        }
        Integer c = channelIndex.get(contact.channel());
        if (c == null || routes[c] == null) {
          throw new IllegalStateException("contact " + contact.number() + " is on channel " + contact.channel()
              + ", which has no target");
        }
        long intended = t0 + offset;
        if (!waitUntil(intended)) {
          continue;
        }
        attempted[0]++;
        deliver(contact, c, intended, offset, events, startedAt, lateAfter);
      }
    }
  }

  private void deliver(ScheduledContact contact, int c, long intended, long offset, EventJson events,
      Instant startedAt, long lateAfter) {
    Route route = routes[c];
    Meter meter = meters[c];
    long now = System.nanoTime();
    boolean acquired = route.tryAcquire();
    if (!acquired && options.whenFull() == LoadOptions.WhenFull.WAIT) {
      long giveUp = now + options.timeout().toNanos();
      while (!acquired && !stopRequested && System.nanoTime() < giveUp) {
        LockSupport.parkNanos(100_000L);
        acquired = route.tryAcquire();
      }
      now = System.nanoTime();
    }
    long lag = now - intended;
    if (!acquired) {
      meter.dropped(lag);
      return;
    }
    meter.sent(lag, lag > lateAfter);
    inFlightByChannel[c].incrementAndGet();
    double handle = contact.handleSeconds();
    long sessionNanos = Double.isNaN(handle) ? 0
        : Math.min(options.maxDuration().toNanos(), options.offsetNanos(handle));
    double patience = contact.patienceSeconds();
    long patienceNanos = Double.isNaN(patience) ? -1
        : Math.min(options.maxDuration().toNanos(), options.offsetNanos(patience));
    if (route.kind == TargetKind.WS) {
      maxSessionEnd = Math.max(maxSessionEnd, intended + sessionNanos);
    } else if (route.kind == TargetKind.SIP) {
      // A call may ring for its patience before it is answered, then lasts its handle time.
      maxSessionEnd = Math.max(maxSessionEnd, intended + Math.max(0, patienceNanos) + sessionNanos);
    }
    Instant intendedAt = startedAt.plusNanos(offset);
    String json = events.of(contact, intendedAt);
    Attempt attempt = new Attempt(meter, route, inFlightByChannel[c], intended, now);
    ContactEvent event = new ContactEvent(contact, events.id(contact.number()), json, sessionNanos, patienceNanos,
        intended, intendedAt);
    if (!route.target.callerMayBlock()) {
      hand(route, event, attempt);
      return;
    }
    try {
      dispatcher.execute(() -> {
        attempt.sent = System.nanoTime();
        hand(route, event, attempt);
      });
    } catch (RejectedExecutionException e) {
      attempt.finished(Failures.CLIENT);
    }
  }

  private static void hand(Route route, ContactEvent event, Attempt attempt) {
    try {
      route.target.send(event, attempt);
    } catch (RuntimeException e) {
      attempt.finished(Failures.CLIENT);
    }
  }

  /** Parks until {@code deadline}; false if a stop or abort came first. */
  private boolean waitUntil(long deadline) {
    while (true) {
      if (stopRequested || abortedBy != null) {
        return false;
      }
      long remaining = deadline - System.nanoTime();
      if (remaining <= 0) {
        return true;
      }
      LockSupport.parkNanos(Math.min(remaining, MAX_PARK_NANOS));
    }
  }

  private Outcome drain(Outcome outcome, Iterable<Route> all) {
    long grace = options.grace().toNanos();
    long hardEnd = t0 + options.maxDuration().toNanos() + grace;
    boolean hurried = false;
    long now = System.nanoTime();
    long deadline;
    if (outcome == Outcome.INTERRUPTED || outcome == Outcome.ABORTED) {
      all.forEach(r -> r.target.hurry());
      hurried = true;
      deadline = now + grace;
    } else {
      deadline = Math.min(Math.max(now, maxSessionEnd) + grace, hardEnd);
    }
    while (inFlight(all) > 0 && (now = System.nanoTime()) < deadline) {
      if (!hurried && (stopRequested || abortedBy != null)) {
        all.forEach(r -> r.target.hurry());
        hurried = true;
        deadline = Math.min(deadline, now + grace);
        outcome = stopRequested ? Outcome.INTERRUPTED : Outcome.ABORTED;
      }
      LockSupport.parkNanos(2_000_000L);
    }
    return outcome;
  }

  private static int inFlight(Iterable<Route> all) {
    int n = 0;
    for (Route r : all) {
      n += r.inFlight();
    }
    return n;
  }

  /** Closes an interval: rows, listener, and (during the run) the thresholds. */
  private synchronized void tick(boolean last) {
    double end = (System.nanoTime() - t0) / 1e9;
    double start = lastTickSeconds;
    lastTickSeconds = end;
    List<Meter.Interval> intervals = new ArrayList<>();
    List<IntervalRow> closed = new ArrayList<>();
    for (Meter m : meters) {
      if (m == null) {
        continue;
      }
      Meter.Interval iv = m.interval();
      intervals.add(iv);
      closed.add(row(start, end, iv));
    }
    rows.addAll(closed);
    if (listenerFailure == null) {
      try {
        listener.interval(intervals, closed);
      } catch (IOException e) {
        listenerFailure = e;
      }
    }
    if (!last && abortedBy == null && !thresholds.isEmpty()) {
      checkThresholds();
    }
  }

  private void checkThresholds() {
    List<Totals> perChannel = new ArrayList<>();
    for (int c = 0; c < meters.length; c++) {
      if (meters[c] != null) {
        perChannel.add(meters[c].totals(0));
      }
    }
    Totals overall = Totals.sum("all", "all", perChannel);
    for (Threshold t : thresholds) {
      Totals seen = t.channel() == null ? overall
          : perChannel.stream().filter(p -> p.channel().equals(t.channel())).findFirst().orElse(overall);
      if (seen.ok() + seen.errors() >= Threshold.MIN_SAMPLES && t.holds(seen)) {
        abortedBy = t;
        return;
      }
    }
  }

  private static IntervalRow row(double start, double end, Meter.Interval iv) {
    Histogram lat = iv.latency();
    Histogram lag = iv.lag();
    return new IntervalRow(start, end, iv.meter().target(), iv.meter().channel(), iv.sent(), iv.ok(), iv.errors(),
        iv.dropped(), iv.late(), millis(lat, 50), millis(lat, 90), millis(lat, 99), max(lat), millis(lag, 99),
        max(lag), iv.calls() == null ? null : IntervalRow.Calls.of(iv.calls()));
  }

  private static double millis(Histogram h, double percentile) {
    return h.getTotalCount() == 0 ? Double.NaN : h.getValueAtPercentile(percentile) / 1e6;
  }

  private static double max(Histogram h) {
    return h.getTotalCount() == 0 ? Double.NaN : h.getMaxValue() / 1e6;
  }

  /** One contact in flight: measures when it is reached and counts it once when finished. */
  private final class Attempt implements Delivery {
    private final Meter meter;
    private final Route route;
    private final AtomicInteger channelInFlight;
    private final long intended;
    /** When the target was called: on the sender, or later on a dispatch thread. */
    volatile long sent;
    private final AtomicInteger state = new AtomicInteger();

    Attempt(Meter meter, Route route, AtomicInteger channelInFlight, long intended, long sent) {
      this.meter = meter;
      this.route = route;
      this.channelInFlight = channelInFlight;
      this.intended = intended;
      this.sent = sent;
    }

    @Override
    public void started() {
      sent = System.nanoTime();
    }

    @Override
    public void reached() {
      if (state.compareAndSet(0, 1)) {
        meter.reached(intended, sent, System.nanoTime());
      }
    }

    @Override
    public void callStarted() {
      CallMeter calls = meter.calls();
      if (calls != null) {
        calls.started();
      }
    }

    @Override
    public void ringing() {
      CallMeter calls = meter.calls();
      if (calls != null) {
        calls.ringing(intended, System.nanoTime());
      }
    }

    @Override
    public void answered() {
      CallMeter calls = meter.calls();
      if (calls != null) {
        calls.answered(intended, System.nanoTime());
      }
    }

    @Override
    public void callEnded(CallEnd end, int status) {
      CallMeter calls = meter.calls();
      if (calls != null) {
        calls.ended(end, status);
      }
    }

    @Override
    public void media(long packetsSent, long packetsReceived) {
      CallMeter calls = meter.calls();
      if (calls != null) {
        calls.media(packetsSent, packetsReceived);
      }
    }

    @Override
    public void finished(String errorClass) {
      int before = state.getAndSet(2);
      if (before == 2) {
        return;
      }
      long now = System.nanoTime();
      sealLock.readLock().lock();
      try {
        if (route.release()) {
          if (before == 0) {
            meter.reached(intended, sent, now);
          }
          channelInFlight.decrementAndGet();
          meter.finished(errorClass);
        }
      } finally {
        sealLock.readLock().unlock();
      }
    }
  }
}
