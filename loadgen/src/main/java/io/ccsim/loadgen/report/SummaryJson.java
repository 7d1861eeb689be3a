package io.ccsim.loadgen.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ccsim.loadgen.LoadOptions;
import io.ccsim.loadgen.LoadResult;
import io.ccsim.loadgen.Plan;
import io.ccsim.loadgen.measure.CallEnd;
import io.ccsim.loadgen.measure.CallTotals;
import io.ccsim.loadgen.measure.Totals;
import org.HdrHistogram.Histogram;

/** {@code summary.json} of a load run: a stable contract, documented in docs/load.md#summaryjson. */
public final class SummaryJson {
  /** The value of the {@code schema} field. */
  public static final String SCHEMA = "ccsim.load-summary/1";

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private SummaryJson() {}

  public static String toJson(LoadResult result) {
    ObjectNode root = MAPPER.createObjectNode();
    Plan plan = result.plan();
    LoadOptions o = result.options();
    root.put("schema", SCHEMA);
    root.put("scenario", plan.scenario());
    root.put("source", plan.source());
    root.put("runId", o.runId());
    root.put("startedAt", result.startedAt().toString());
    number(root, "wallSeconds", result.wallSeconds());
    root.put("outcome", result.outcome().key());
    root.put("abortedBy", result.abortedBy() == null ? null : result.abortedBy().text());
    root.put("failed", result.failed());
    number(root, "speed", o.speed());
    ObjectNode caps = root.putObject("caps");
    number(caps, "maxDurationSeconds", o.maxDuration().toNanos() / 1e9);
    caps.put("maxContacts", o.maxContacts());
    number(caps, "maxRatePerSecond", o.maxRatePerSecond());
    caps.put("maxInFlight", o.maxInFlight());
    caps.put("whenFull", o.whenFull().name().toLowerCase(java.util.Locale.ROOT));
    number(caps, "timeoutSeconds", o.timeout().toNanos() / 1e9);
    number(caps, "graceSeconds", o.grace().toNanos() / 1e9);
    number(caps, "lateAfterSeconds", o.lateAfter().toNanos() / 1e9);
    ObjectNode p = root.putObject("plan");
    p.put("contacts", plan.total());
    ObjectNode by = p.putObject("byChannel");
    plan.planned().forEach(by::put);
    p.put("scheduled", plan.scheduled());
    p.put("cutBy", plan.cutBy() == null ? null : plan.cutBy().key());
    number(p, "lastArrivalSeconds", plan.lastArrivalSeconds());
    number(p, "wallSeconds", plan.wallSeconds());
    p.put("peakPerSecond", plan.peakPerSecond());
    number(p, "meanPerSecond", plan.meanPerSecond());
    root.put("notSent", result.notSent());
    figures(root.putObject("totals"), result.overall(), plan.total());
    var channels = root.putArray("channels");
    for (Totals t : result.perChannel()) {
      ObjectNode c = channels.addObject();
      c.put("channel", t.channel());
      c.put("target", t.target());
      figures(c, t, plan.planned().getOrDefault(t.channel(), 0L));
    }
    var thresholds = root.putArray("thresholds");
    for (LoadResult.Judged j : result.thresholds()) {
      ObjectNode t = thresholds.addObject();
      t.put("expression", j.threshold().text());
      t.put("observed", j.threshold().describe(j.observed()));
      t.put("holds", j.holds());
    }
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write summary.json", e);
    }
  }

  private static void figures(ObjectNode out, Totals t, long planned) {
    out.put("planned", planned);
    out.put("sent", t.sent());
    out.put("ok", t.ok());
    out.put("errors", t.errors());
    ObjectNode classes = out.putObject("errorsByClass");
    t.errorClasses().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
        .forEach(e -> classes.put(e.getKey(), e.getValue()));
    out.put("dropped", t.dropped());
    out.put("late", t.late());
    out.put("unfinished", t.unfinished());
    out.put("lost", t.lost());
    histogram(out.putObject("latencyMs"), t.latency());
    histogram(out.putObject("serviceTimeMs"), t.service());
    histogram(out.putObject("scheduleLagMs"), t.lag());
    if (t.calls() != null) {
      calls(out.putObject("calls"), t.calls());
    }
  }

  /** The call figures of a SIP target (docs/load.md#phone-calls-sip). */
  private static void calls(ObjectNode out, CallTotals c) {
    out.put("started", c.started());
    out.put("answered", c.answered());
    out.put("completed", c.count(CallEnd.COMPLETED));
    out.put("abandoned", c.count(CallEnd.ABANDONED));
    out.put("stopped", c.count(CallEnd.STOPPED));
    out.put("rejected", c.count(CallEnd.REJECTED));
    out.put("timeouts", c.count(CallEnd.TIMEOUT));
    out.put("transportErrors", c.count(CallEnd.TRANSPORT));
    out.put("droppedByServer", c.count(CallEnd.DROPPED));
    ObjectNode failures = out.putObject("setupFailures");
    c.setupFailures().forEach(failures::put);
    out.put("concurrentMax", c.concurrentMax());
    histogram(out.putObject("ringingMs"), c.ringing());
    histogram(out.putObject("answerMs"), c.answer());
    ObjectNode rtp = out.putObject("rtp");
    rtp.put("packetsSent", c.rtpSent());
    rtp.put("packetsReceived", c.rtpReceived());
  }

  private static void histogram(ObjectNode out, Histogram h) {
    out.put("count", h.getTotalCount());
    boolean any = h.getTotalCount() > 0;
    number(out, "mean", any ? h.getMean() / 1e6 : Double.NaN);
    number(out, "p50", any ? h.getValueAtPercentile(50) / 1e6 : Double.NaN);
    number(out, "p90", any ? h.getValueAtPercentile(90) / 1e6 : Double.NaN);
    number(out, "p99", any ? h.getValueAtPercentile(99) / 1e6 : Double.NaN);
    number(out, "p99.9", any ? h.getValueAtPercentile(99.9) / 1e6 : Double.NaN);
    number(out, "max", any ? h.getMaxValue() / 1e6 : Double.NaN);
  }

  /** Finite numbers rounded to a microsecond's worth of digits; NaN as null. */
  private static void number(ObjectNode out, String key, double value) {
    if (!Double.isFinite(value)) {
      out.putNull(key);
    } else {
      out.put(key, Math.round(value * 1e6) / 1e6);
    }
  }
}
