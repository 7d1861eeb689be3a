package io.ccsim.report;

import io.ccsim.distribution.Exponential;
import io.ccsim.model.AgentGroup;
import io.ccsim.model.ArrivalStream;
import io.ccsim.model.Channel;
import io.ccsim.model.Scenario;
import io.ccsim.model.ServiceLevelDefinition;
import io.ccsim.model.ServiceLevelGoal;
import io.ccsim.run.ProgressListener;
import io.ccsim.run.ReplicationRunner;
import io.ccsim.run.RunResult;
import java.util.List;

/** Small real runs for report tests: phone and chat, served by silos or by one pooled group. */
public final class Runs {
  private Runs() {}

  public static Scenario scenario(String name, boolean pooled, int phoneAgents, long seed, int replications) {
    List<Channel> channels = List.of(
        new Channel("phone", ServiceLevelGoal.DEFAULT, new Exponential(180), new Exponential(300), Channel.UNLIMITED_QUEUE),
        new Channel("chat", new ServiceLevelGoal(60, 0.8, ServiceLevelDefinition.ANSWERED_OF_OFFERED),
            new Exponential(300), new Exponential(600), 20));
    List<ArrivalStream> arrivals = List.of(new ArrivalStream("phone", 200 / 3600.0), new ArrivalStream("chat", 40 / 3600.0));
    List<AgentGroup> groups = pooled
        ? List.of(new AgentGroup("blended", phoneAgents + 5, List.of("phone", "chat")))
        : List.of(new AgentGroup("phone-team", phoneAgents, List.of("phone")),
            new AgentGroup("chat-team", 5, List.of("chat")));
    return new Scenario(name, seed, replications, 1800, 6 * 3600, channels, arrivals, groups);
  }

  public static RunResult run(Scenario scenario) {
    return ReplicationRunner.run(scenario, 1, ProgressListener.NONE);
  }
}
