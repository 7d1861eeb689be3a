package io.ccsim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ccsim.distribution.Exponential;
import io.ccsim.model.AgentGroup;
import io.ccsim.model.ArrivalStream;
import io.ccsim.model.Channel;
import io.ccsim.model.Scenario;
import io.ccsim.model.ServiceLevelGoal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplicationRunnerTest {
  private static final Scenario SCENARIO = new Scenario("runner", 3, 4, 600, 3 * 3600,
      List.of(new Channel("phone", ServiceLevelGoal.DEFAULT, new Exponential(180), new Exponential(200), 10)),
      List.of(new ArrivalStream("phone", 100 / 3600.0)), List.of(new AgentGroup("a", 6, List.of("phone"))));

  @Test
  void nullProgressListener_andNullEngine_runAsNoneAndAuto() {
    RunResult none = ReplicationRunner.run(SCENARIO, 2, ProgressListener.NONE);
    assertEquals(none.summary(), ReplicationRunner.run(SCENARIO, 2, null).summary());
    assertEquals(none.summary(), ReplicationRunner.run(SCENARIO, 1, null, null, null).summary());
  }
}
