package io.ccsim.arrivals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccsim.center.ContactCenter;
import io.ccsim.center.ReplicationResult;
import io.ccsim.distribution.Distribution;
import io.ccsim.distribution.Exponential;
import io.ccsim.distribution.Gamma;
import io.ccsim.model.AgentGroup;
import io.ccsim.model.ArrivalStream;
import io.ccsim.model.BusinessHours;
import io.ccsim.model.Channel;
import io.ccsim.model.ChannelKind;
import io.ccsim.model.Scenario;
import io.ccsim.model.ServiceLevelGoal;
import io.ccsim.random.RandomStream;
import io.ccsim.random.RandomStreams;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArrivalScheduleTest {
  private static final double HORIZON = 4 * 3600;

  /** Phone with patience, chat without; the test regenerates both from RandomStreams on its own. */
  private static Scenario twoChannels(long seed) {
    Channel phone = new Channel("phone", ServiceLevelGoal.DEFAULT, new Exponential(180), new Exponential(300), 50);
    Channel chat = new Channel("chat", ServiceLevelGoal.DEFAULT, new Gamma(600, 0.5), null, Channel.UNLIMITED_QUEUE);
    return new Scenario("two", seed, 1, 0, HORIZON, List.of(phone, chat),
        List.of(new ArrivalStream("phone", 200.0 / 3600), new ArrivalStream("chat", 60.0 / 3600)),
        List.of(new AgentGroup("team", 14, List.of("phone")), new AgentGroup("chatters", 12, List.of("chat"))));
  }

  private record Drawn(double at, double handle, double patience) {}

  /** What the contact center draws for one channel, written out from its documented stream names. */
  private static List<Drawn> regenerate(long seed, int replication, String channel, double rate,
      Distribution handle, Distribution patience) {
    RandomStreams streams = new RandomStreams(seed, replication);
    RandomStream gaps = streams.stream("arrivals/" + channel);
    RandomStream handles = streams.stream("handle-time/" + channel);
    RandomStream patiences = streams.stream("patience/" + channel);
    List<Drawn> out = new ArrayList<>();
    for (double t = gaps.nextExponential(1 / rate); t < HORIZON; t += gaps.nextExponential(1 / rate)) {
      out.add(new Drawn(t, handle.sample(handles), patience == null ? Double.NaN : patience.sample(patiences)));
    }
    return out;
  }

  private static List<Drawn> ofChannel(Iterable<ScheduledContact> schedule, String channel) {
    List<Drawn> out = new ArrayList<>();
    for (ScheduledContact c : schedule) {
      if (c.channel().equals(channel)) {
        out.add(new Drawn(c.arrivalSeconds(), c.handleSeconds(), c.patienceSeconds()));
      }
    }
    return out;
  }

  @Test
  void schedule_twoChannels_equalsIndependentRegenerationFromNamedStreams() {
    ArrivalSchedule schedule = ArrivalSchedule.of(twoChannels(7), 3);
    List<Drawn> phone = regenerate(7, 3, "phone", 200.0 / 3600, new Exponential(180), new Exponential(300));
    List<Drawn> chat = regenerate(7, 3, "chat", 60.0 / 3600, new Gamma(600, 0.5), null);
    assertTrue(phone.size() > 700 && chat.size() > 200, "enough contacts to mean something");
    assertEquals(phone, ofChannel(schedule, "phone"));
    assertEquals(chat, ofChannel(schedule, "chat"));
  }

  @Test
  void schedule_anyScenario_comesOutInTimeOrderNumberedFromOne() {
    double last = 0;
    long number = 0;
    for (ScheduledContact c : ArrivalSchedule.of(twoChannels(11), 0)) {
      assertTrue(c.arrivalSeconds() >= last && c.arrivalSeconds() < HORIZON, "in order inside [0, horizon)");
      assertEquals(++number, c.number());
      last = c.arrivalSeconds();
    }
    assertTrue(number > 900);
  }

  @Test
  void schedule_sameSeedAndReplication_isTheSameEachTime() {
    ArrivalSchedule schedule = ArrivalSchedule.of(twoChannels(5), 1);
    assertEquals(ofChannel(schedule, "phone"), ofChannel(schedule, "phone"));
    assertFalse(ofChannel(schedule, "phone").equals(ofChannel(ArrivalSchedule.of(twoChannels(5), 2), "phone")),
        "another replication draws other numbers");
  }

  @Test
  void schedule_countPerChannel_equalsWhatTheContactCenterOffers() {
    // With no warm-up every contact that arrives before the horizon is counted as offered.
    Scenario scenario = twoChannels(42);
    ReplicationResult result = ContactCenter.simulate(scenario, 4);
    ArrivalSchedule schedule = ArrivalSchedule.of(scenario, 4);
    assertEquals(result.channels().get(0).offered(), ofChannel(schedule, "phone").size());
    assertEquals(result.channels().get(1).offered(), ofChannel(schedule, "chat").size());
  }

  @Test
  void schedule_liveChannelClosedAtNight_skipsItsArrivalsAsTheCenterDoes() {
    BusinessHours hours = new BusinessHours(8 * 3600, 18 * 3600);
    Channel phone = new Channel("phone", ServiceLevelGoal.DEFAULT, new Exponential(180), new Exponential(300), 50,
        ChannelKind.LIVE, null, 0, List.of(), hours, false);
    Channel email = new Channel("email", ServiceLevelGoal.DEFAULT, new Exponential(300), null,
        Channel.UNLIMITED_QUEUE, ChannelKind.DEFERRED, null, 0, List.of(), hours, false);
    Scenario scenario = new Scenario("hours", 3, 1, 0, 2 * 86400, List.of(phone, email),
        List.of(new ArrivalStream("phone", 100.0 / 3600), new ArrivalStream("email", 20.0 / 3600)),
        List.of(new AgentGroup("team", 8, List.of("phone", "email"))));
    ArrivalSchedule schedule = ArrivalSchedule.of(scenario, 0);
    boolean emailAtNight = false;
    for (ScheduledContact c : schedule) {
      boolean open = hours.isOpen(c.arrivalSeconds());
      assertTrue(open || c.channel().equals("email"), "a phone contact while closed at " + c.arrivalSeconds());
      emailAtNight |= !open;
    }
    assertTrue(emailAtNight, "a deferred channel's contacts still arrive while it is closed");
    ReplicationResult result = ContactCenter.simulate(scenario, 0);
    assertEquals(result.channels().get(0).offered(), ofChannel(schedule, "phone").size());
    assertEquals(result.channels().get(1).offered(), ofChannel(schedule, "email").size());
  }

  @Test
  void schedule_shortEnd_stopsBeforeIt() {
    Iterator<ScheduledContact> it = new ArrivalSchedule(twoChannels(1), 0, 60).iterator();
    while (it.hasNext()) {
      assertTrue(it.next().arrivalSeconds() < 60);
    }
    assertFalse(new ArrivalSchedule(twoChannels(1), 0, 0).iterator().hasNext());
  }
}
