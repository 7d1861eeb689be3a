package io.ccsim.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccsim.center.ContactCenter;
import io.ccsim.center.ReplicationResult;
import io.ccsim.model.Scenario;
import io.ccsim.run.BenchmarkModels;
import io.ccsim.run.Engine;
import io.ccsim.stats.ChannelTally;
import io.ccsim.stats.Estimate;

import org.junit.jupiter.api.Test;

/** The three M/M/c implementations run and simulate the same system. No timing here: that is JMH's job. */
class MmcModelsTest {
  private static final int AGENTS = 100;
  private static final double UTILIZATION = 0.9;
  private static final double MEAN_HANDLE = 180;
  private static final long CONTACTS = 50_000;
  private static final int REPLICATIONS = 20;

  private final Scenario scenario = MmcBenchmarkSetup.scenario(CONTACTS);
  private final SpecializedMmcLoop loop = loop(false);
  private final SpecializedMmcLoop tunedLoop = loop(true);

  @Test
  void ccsimAndLoop_sameStreams_simulateTheSameSamplePath() {
    for (int r = 0; r < 3; r++) {
      ReplicationResult ccsim = ContactCenter.simulate(scenario, r);
      ReplicationResult kernel = Engine.SINGLE_SKILL.simulate(scenario, r, null);
      assertEquals(ccsim.firedEvents(), kernel.firedEvents(), "general engine and kernel, replication " + r);
      assertEquals(ccsim.channels().get(0).allWaitSumSeconds(), kernel.channels().get(0).allWaitSumSeconds());
      MmcResult specialized = loop.run(r);
      ChannelTally tally = ccsim.channels().get(0);
      assertEquals(specialized, tunedLoop.run(r), "plain and tuned loops, replication " + r);
      // ccsim may also fire a bookkeeping event or two (a snapshot at the horizon) besides arrivals and completions.
      long extra = ccsim.firedEvents() - specialized.events();
      assertTrue(extra >= 0 && extra <= 2, "events: ccsim " + ccsim.firedEvents() + ", loop " + specialized.events());
      assertEquals(ccsim.simulatedContacts(), specialized.contacts(), "contacts, replication " + r);
      assertEquals(tally.offered(), specialized.countedContacts(), "counted contacts, replication " + r);
      assertEquals(tally.allWaitSumSeconds() / tally.offered(), specialized.meanWaitSeconds(), 1e-9,
          "mean wait, replication " + r);
    }
  }

  @Test
  void eachModel_mmc_runsAndCountsArrivalsAndCompletions() {
    ReplicationResult ccsim = ContactCenter.simulate(scenario, 0);
    MmcResult specialized = loop.run(0);
    MmcResult ssj = ssjModel().run();
    for (long[] eventsAndContacts : new long[][] {
        {ccsim.firedEvents(), ccsim.simulatedContacts()},
        {specialized.events(), specialized.contacts()},
        {ssj.events(), ssj.contacts()}}) {
      long events = eventsAndContacts[0];
      long contacts = eventsAndContacts[1];
      // About CONTACTS arrivals (Poisson: within 5%), and one completion for nearly every arrival.
      assertTrue(Math.abs(contacts - CONTACTS) < 0.05 * CONTACTS, "contacts " + contacts);
      assertTrue(events > 2 * contacts - 2 * AGENTS && events <= 2 * contacts + 2, "events " + events);
    }
  }

  @Test
  void ccsimAndSsj_independentStreams_agreeOnMeanWaitWithinConfidence() {
    double[] ccsimWaits = new double[REPLICATIONS];
    double[] loopWaits = new double[REPLICATIONS];
    double[] ssjWaits = new double[REPLICATIONS];
    SsjMmcModel ssj = ssjModel();
    for (int r = 0; r < REPLICATIONS; r++) {
      ChannelTally tally = ContactCenter.simulate(scenario, r).channels().get(0);
      ccsimWaits[r] = tally.allWaitSumSeconds() / tally.offered();
      loopWaits[r] = loop.run(r).meanWaitSeconds();
      ssjWaits[r] = ssj.run().meanWaitSeconds();
    }
    Estimate ccsim = Estimate.of(ccsimWaits);
    Estimate specialized = Estimate.of(loopWaits);
    Estimate ssjEstimate = Estimate.of(ssjWaits);
    assertTrue(ccsim.mean() > 0, "M/M/100 at 0.9 makes some contacts wait");
    assertTrue(Math.abs(ccsim.mean() - specialized.mean()) <= Math.hypot(ccsim.ci95(), specialized.ci95()),
        "ccsim " + ccsim + " vs specialized loop " + specialized);
    // SSJ draws from other streams, so this is a real statistical comparison of independent estimates.
    assertTrue(Math.abs(ccsim.mean() - ssjEstimate.mean()) <= Math.hypot(ccsim.ci95(), ssjEstimate.ci95()),
        "ccsim " + ccsim + " vs SSJ " + ssjEstimate);
  }

  private SpecializedMmcLoop loop(boolean tuned) {
    return new SpecializedMmcLoop(AGENTS, BenchmarkModels.arrivalRatePerSecond(AGENTS, UTILIZATION, MEAN_HANDLE),
        MEAN_HANDLE, scenario.warmupSeconds(), scenario.horizonSeconds(), scenario.seed(), tuned);
  }

  private SsjMmcModel ssjModel() {
    return new SsjMmcModel(AGENTS, BenchmarkModels.arrivalRatePerSecond(AGENTS, UTILIZATION, MEAN_HANDLE),
        MEAN_HANDLE, scenario.warmupSeconds(), scenario.horizonSeconds());
  }
}
