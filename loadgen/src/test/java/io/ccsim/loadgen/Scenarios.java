package io.ccsim.loadgen;

import io.ccsim.distribution.Constant;
import io.ccsim.distribution.Exponential;
import io.ccsim.model.AgentGroup;
import io.ccsim.model.ArrivalStream;
import io.ccsim.model.Channel;
import io.ccsim.model.Scenario;
import io.ccsim.model.ServiceLevelGoal;
import java.time.Duration;
import java.util.List;

/** Small scenarios and options for the load generator's tests. */
final class Scenarios {
  private Scenarios() {}

  /** Phone (with patience), chat and email at the given hourly rates over one simulated hour. */
  static Scenario threeChannels(long seed, double phonePerHour, double chatPerHour, double emailPerHour) {
    Channel phone = new Channel("phone", ServiceLevelGoal.DEFAULT, new Exponential(180), new Exponential(300), 50);
    Channel chat = new Channel("chat", ServiceLevelGoal.DEFAULT, new Exponential(300), new Exponential(600),
        Channel.UNLIMITED_QUEUE);
    Channel email = new Channel("email", ServiceLevelGoal.DEFAULT, new Exponential(400), null, Channel.UNLIMITED_QUEUE);
    return new Scenario("three channels", seed, 1, 0, 3600, List.of(phone, chat, email),
        List.of(new ArrivalStream("phone", phonePerHour / 3600), new ArrivalStream("chat", chatPerHour / 3600),
            new ArrivalStream("email", emailPerHour / 3600)),
        List.of(new AgentGroup("all", 20, List.of("phone", "chat", "email"))));
  }

  /** One phone channel. */
  static Scenario phoneOnly(long seed, double perHour) {
    Channel phone = new Channel("phone", ServiceLevelGoal.DEFAULT, new Exponential(180), new Exponential(300), 50);
    return new Scenario("phone only", seed, 1, 0, 3600, List.of(phone),
        List.of(new ArrivalStream("phone", perHour / 3600)), List.of(new AgentGroup("team", 10, List.of("phone"))));
  }

  /** One phone channel whose calls all take {@code handleSeconds} and never abandon. */
  static Scenario phoneFixedHandle(long seed, double perHour, double handleSeconds) {
    Channel phone = new Channel("phone", ServiceLevelGoal.DEFAULT, new Constant(handleSeconds), null, 50);
    return new Scenario("phone, fixed handle", seed, 1, 0, 3600, List.of(phone),
        List.of(new ArrivalStream("phone", perHour / 3600)), List.of(new AgentGroup("team", 10, List.of("phone"))));
  }

  /** Options for a run of one simulated hour in {@code wallSeconds}. */
  static LoadOptions options(double wallSeconds) {
    return options(wallSeconds, 1000);
  }

  static LoadOptions options(double wallSeconds, int maxInFlight) {
    return new LoadOptions(3600 / wallSeconds, Duration.ofSeconds(20), 1_000_000, 100_000, maxInFlight,
        LoadOptions.WhenFull.DROP, Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofMillis(250),
        Duration.ofMillis(10), "t", 2);
  }
}
