package io.ccsim.cli.show;

import io.ccsim.center.Agent;
import io.ccsim.center.CenterObserver;
import io.ccsim.center.ChannelState;
import io.ccsim.center.Contact;
import io.ccsim.model.FollowUp;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the engine told {@code ccsim show} about one center: how many contacts arrived, were answered,
 * abandoned, blocked, handled, paused and resumed (all contacts, warm-up included: the animation's
 * counters, not KPIs), and the latest customer journeys (a contact followed up on a channel).
 */
final class Recorder implements CenterObserver {
  /** How many journeys the page lists. */
  static final int RECENT_JOURNEYS = 6;

  private final List<String> channelNames;
  long arrived;
  long answered;
  long abandoned;
  long blocked;
  long handled;
  long paused;
  long resumed;
  long interruptions;
  long followUps;
  long followUpsWithContext;
  long presenceChanges;
  private final Deque<Map<String, Object>> journeys = new ArrayDeque<>();

  Recorder(List<String> channelNames) {
    this.channelNames = channelNames;
  }

  @Override
  public void arrived(Contact contact, double nowSeconds) {
    arrived++;
  }

  @Override
  public void started(Contact contact, Agent agent, double nowSeconds) {
    answered++;
  }

  @Override
  public void abandoned(Contact contact, double nowSeconds) {
    abandoned++;
  }

  @Override
  public void blocked(Contact contact, double nowSeconds) {
    blocked++;
  }

  @Override
  public void finished(Contact contact, Agent agent, double nowSeconds) {
    handled++;
  }

  @Override
  public void interrupted(Agent agent, Contact interrupter, double nowSeconds) {
    interruptions++;
  }

  @Override
  public void paused(Contact item, Agent agent, double nowSeconds) {
    paused++;
  }

  @Override
  public void resumed(Contact item, Agent agent, double nowSeconds) {
    resumed++;
  }

  @Override
  public void presenceChanged(Agent agent, double nowSeconds) {
    presenceChanges++;
  }

  @Override
  public void followUpPlanned(Contact from, FollowUp.Outcome outcome, ChannelState to, double delaySeconds,
      boolean withContext, double nowSeconds) {
    followUps++;
    if (withContext) {
      followUpsWithContext++;
    }
    Map<String, Object> journey = new LinkedHashMap<>();
    journey.put("t", nowSeconds);
    journey.put("from", channelNames.get(from.channelIndex()));
    journey.put("on", outcome.name().toLowerCase(Locale.ROOT));
    journey.put("to", to.spec().name());
    journey.put("after", delaySeconds);
    journey.put("context", withContext);
    journeys.addFirst(journey);
    while (journeys.size() > RECENT_JOURNEYS) {
      journeys.removeLast();
    }
  }

  Map<String, Object> counts() {
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("arrived", arrived);
    counts.put("answered", answered);
    counts.put("abandoned", abandoned);
    counts.put("blocked", blocked);
    counts.put("handled", handled);
    counts.put("interruptions", interruptions);
    counts.put("paused", paused);
    counts.put("resumed", resumed);
    counts.put("followUps", followUps);
    counts.put("followUpsWithContext", followUpsWithContext);
    counts.put("presenceChanges", presenceChanges);
    return counts;
  }

  List<Map<String, Object>> recentJourneys() {
    return List.copyOf(journeys);
  }
}
