package io.ccsim.cli.show;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ccsim.run.RunResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The centers of one `ccsim show`, run in lock step on one simulated clock that a wall-clock ticker
 * advances at {@code speed} simulated seconds per second, with the page's controls (pause, resume, step one
 * event, slower, faster, restart). When every center has ended it writes the report of the finished runs.
 * Every method is synchronized: the engine is single-threaded, and the ticker, the controls and the
 * event stream come from different threads.
 */
public final class ShowSession {
  /** What a wall-clock tick may advance at most, in wall seconds (a stalled ticker does not leap). */
  static final double MAX_TICK_SECONDS = 0.25;
  /** The speed range the controls keep to, in simulated seconds per wall second. */
  static final double MIN_SPEED = 1.0 / 64;
  static final double MAX_SPEED = 1 << 22;

  /** Writes the report of the finished runs (one per center, in order) into a directory. */
  @FunctionalInterface
  public interface ReportWriter {
    void write(Path directory, List<RunResult> runs) throws IOException;
  }

  /** Where the run is. */
  public enum State { RUNNING, PAUSED, DONE }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<LiveCenter> centers;
  private final long seed;
  private final ReportWriter reportWriter;
  private final Path workDirectory;
  private double speed;
  private State state = State.RUNNING;
  private double clock;
  /** Counts restarts: each run's report has its own folder, so a page never shows an old one. */
  private int runNumber;
  private String reportPath;
  private String reportError;
  /** Bumped whenever the picture changes. */
  private long version;
  private long cachedVersion = -1;
  private String cachedJson;

  /**
   * @param centers the scenarios, already set to one replication and the shared seed, with their files
   * @param workDirectory where reports are written (served under /report/)
   */
  public ShowSession(List<Shown> centers, long seed, double speed, Path workDirectory, ReportWriter reportWriter) {
    this.centers = new ArrayList<>();
    for (int i = 0; i < centers.size(); i++) {
      Shown s = centers.get(i);
      this.centers.add(new LiveCenter(String.valueOf((char) ('A' + i)), s.file(), s.scenario()));
    }
    this.seed = seed;
    this.speed = checkedSpeed(speed);
    this.workDirectory = workDirectory;
    this.reportWriter = reportWriter;
  }

  /** A scenario to show and the file it came from. */
  public record Shown(String file, io.ccsim.model.Scenario scenario) {}

  static double checkedSpeed(double speed) {
    if (!(speed >= MIN_SPEED && speed <= MAX_SPEED)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "speed must be between %s and %s simulated seconds per second, got %s", MIN_SPEED, MAX_SPEED, speed));
    }
    return speed;
  }

  /** {@code wallSeconds} of wall time have passed: while running, the clock moves on by speed times that. */
  public synchronized void tick(double wallSeconds) {
    if (state == State.RUNNING) {
      advanceTo(clock + speed * Math.min(wallSeconds, MAX_TICK_SECONDS));
    }
  }

  public synchronized void pause() {
    if (state == State.RUNNING) {
      state = State.PAUSED;
      changed();
    }
  }

  public synchronized void resume() {
    if (state == State.PAUSED) {
      state = State.RUNNING;
      changed();
    }
  }

  /**
   * Pauses, then moves the clock to the next event of any center and fires it (with every event due at
   * that same time in either center: the same customer arriving at both, under common random numbers).
   */
  public synchronized void step() {
    if (state == State.DONE) {
      return;
    }
    state = State.PAUSED;
    double next = Double.POSITIVE_INFINITY;
    for (LiveCenter center : centers) {
      next = Math.min(next, center.nextEventSeconds());
    }
    if (next < Double.POSITIVE_INFINITY) {
      advanceTo(Math.max(clock, next));
    }
  }

  public synchronized void faster() {
    speed = Math.min(MAX_SPEED, speed * 2);
    changed();
  }

  public synchronized void slower() {
    speed = Math.max(MIN_SPEED, speed / 2);
    changed();
  }

  /** Starts every center again from time 0 (same seed, so the same customers), running. */
  public synchronized void restart() {
    for (LiveCenter center : centers) {
      center.restart();
    }
    clock = 0;
    runNumber++;
    reportPath = null;
    reportError = null;
    state = State.RUNNING;
    changed();
  }

  public synchronized State state() {
    return state;
  }

  public synchronized double speed() {
    return speed;
  }

  /** The path of the report of the finished run (under /report/), or null before the end. */
  public synchronized String reportPath() {
    return reportPath;
  }

  public synchronized String reportError() {
    return reportError;
  }

  /** The finished runs, in order (runs what is left of each). */
  public synchronized List<RunResult> finishedRuns() {
    return centers.stream().map(LiveCenter::finish).toList();
  }

  /** Waits until the picture differs from version {@code seen}, at most {@code timeoutMillis}; returns the version. */
  public synchronized long awaitChange(long seen, long timeoutMillis) throws InterruptedException {
    long deadline = System.currentTimeMillis() + timeoutMillis;
    long left;
    while (version == seen && (left = deadline - System.currentTimeMillis()) > 0) {
      wait(left);
    }
    return version;
  }

  /** The picture now, as the JSON the page draws (docs/show.md describes it). */
  public synchronized String snapshotJson() {
    if (cachedVersion != version) {
      try {
        cachedJson = JSON.writeValueAsString(snapshot());
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("cannot write the snapshot", e);
      }
      cachedVersion = version;
    }
    return cachedJson;
  }

  private Map<String, Object> snapshot() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("version", version);
    out.put("state", state.name().toLowerCase(Locale.ROOT));
    out.put("speed", speed);
    out.put("clock", clock);
    out.put("seed", seed);
    out.put("run", runNumber);
    out.put("report", reportPath);
    out.put("reportError", reportError);
    List<Map<String, Object>> panes = new ArrayList<>();
    for (LiveCenter center : centers) {
      Map<String, Object> pane = center.snapshot();
      pane.put("warmup", center.scenario.warmupSeconds());
      pane.put("horizon", center.scenario.horizonSeconds());
      panes.add(pane);
    }
    out.put("centers", panes);
    return out;
  }

  private void advanceTo(double seconds) {
    clock = seconds;
    boolean allEnded = true;
    for (LiveCenter center : centers) {
      allEnded &= center.runUntil(seconds);
    }
    if (allEnded) {
      complete();
    }
    changed();
  }

  private void complete() {
    state = State.DONE;
    // The last tick may have set the clock past the later center's end; show where the run ended.
    clock = centers.stream().mapToDouble(LiveCenter::nowSeconds).max().orElse(clock);
    List<RunResult> runs = centers.stream().map(LiveCenter::finish).toList();
    String folder = String.valueOf(runNumber);
    try {
      reportWriter.write(workDirectory.resolve(folder), runs);
      reportPath = "/report/" + folder + "/report.html";
    } catch (IOException | RuntimeException e) {
      reportError = "the report could not be written: " + e;
    }
  }

  private void changed() {
    version++;
    notifyAll();
  }
}
