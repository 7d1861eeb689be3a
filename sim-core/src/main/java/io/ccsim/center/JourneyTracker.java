package io.ccsim.center;

import io.ccsim.engine.Simulator;
import io.ccsim.model.FollowUp;
import io.ccsim.model.Journeys;
import io.ccsim.model.Scenario;
import io.ccsim.stats.JourneyTally;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Customer journeys: the issue each contact belongs to, whether a handled contact resolved it, the
 * follow-ups that abandoned, blocked, unresolved or unanswered contacts lead to, and the journey KPIs.
 * With journeys off every contact is its own issue and nothing here allocates.
 */
final class JourneyTracker {
  private final ContactCenter center;
  private final Scenario scenario;
  private final Simulator simulator;
  private final MeasurementWindow window;
  private final ChannelState[] channels;
  private final Journeys journeys;
  private final boolean active;
  /** Follow-up rules by channel index and outcome ordinal; null where there are none. */
  private final FollowUp[][][] followUps;
  private final JourneyTally tally = new JourneyTally();
  private long openCountedIssues;
  /** With a trace: each customer's open issue, so a customer's later contacts follow up the earlier ones. */
  private final Map<String, Issue> issuesByCustomer = new HashMap<>();
  CenterObserver observer = CenterObserver.NONE;

  JourneyTracker(ContactCenter center, Scenario scenario, Simulator simulator, MeasurementWindow window,
      ChannelState[] channels) {
    this.center = center;
    this.scenario = scenario;
    this.simulator = simulator;
    this.window = window;
    this.channels = channels;
    this.journeys = scenario.journeys();
    this.active = journeys.active();
    this.followUps = indexFollowUps();
  }

  boolean active() {
    return active;
  }

  /**
   * The issue a new contact belongs to: {@code followUpOf}, or a new one when journeys are on (null
   * when they are off). A counted new issue is an outcome the run waits for.
   */
  Issue issueFor(Issue followUpOf, double nowSeconds, boolean counted, int channel) {
    Issue issue = followUpOf;
    if (issue == null && active) {
      issue = new Issue(nowSeconds, counted, channel);
      if (counted) {
        openCountedIssues++;
        window.expectOutcome();
      }
    }
    if (issue != null) {
      issue.addContact(channel);
    }
    return issue;
  }

  /** Whether a follow-up is handled with the customer's history in view. */
  boolean withContext(Issue followUpOf) {
    return followUpOf != null && journeys.sharedContext();
  }

  /** The factor on a contact's work: shared context shortens a follow-up's handling. */
  double handleTimeFactor(Contact contact) {
    return contact.withContext ? journeys.contextHandleTimeFactor() : 1;
  }

  /** The open issue of a traced customer, or null. */
  Issue openIssueOf(String customerId) {
    Issue open = issuesByCustomer.get(customerId);
    return open != null && !open.closed ? open : null;
  }

  void rememberCustomer(String customerId, Issue issue) {
    issuesByCustomer.put(customerId, issue);
  }

  /** When an unanswered contact of {@code channel} chases, in seconds after it queued; NaN if it never does. */
  double chaseAfterSeconds(ChannelState channel) {
    if (!active) {
      return Double.NaN;
    }
    FollowUp[] chases = followUps[channel.index][FollowUp.Outcome.UNANSWERED.ordinal()];
    return chases == null ? Double.NaN : chases[0].afterSeconds();
  }

  /** Workload is agent time: hold is time the item waited while the agent served someone else. */
  void addWorkload(Contact contact, double handleSeconds) {
    if (contact.issue != null) {
      contact.issue.workloadSeconds += handleSeconds - contact.holdSeconds;
    }
  }

  void contactDone(Contact contact) {
    if (contact.issue != null) {
      contact.issue.openContacts--;
    }
  }

  /** A contact was handled: it resolves its issue, or the customer follows up. */
  void handled(Contact contact) {
    if (!active || contact.issue.closed) {
      return;
    }
    double resolution = journeys.resolutionOf(contact.channel.spec.name(), contact.withContext);
    if (resolution >= 1 || contact.channel.journeyRng.nextDouble() < resolution) {
      closeIssue(contact.issue, true);
    } else {
      outcome(contact, FollowUp.Outcome.UNRESOLVED);
    }
  }

  /** An abandoned, blocked or unresolved contact: a follow-up, or else the customer gives up. */
  void outcome(Contact contact, FollowUp.Outcome outcome) {
    if (!active || contact.issue.closed) {
      return;
    }
    // Another contact of the same issue still waiting or in service (a chased email, say) keeps it open.
    if (!fireFollowUp(contact, outcome) && contact.issue.openContacts == 0) {
      closeIssue(contact.issue, false);
    }
  }

  /** Draws which follow-up rule (if any) fires: rules for one outcome are alternatives. */
  boolean fireFollowUp(Contact contact, FollowUp.Outcome outcome) {
    FollowUp[] rules = followUps[contact.channel.index][outcome.ordinal()];
    if (rules == null) {
      return false;
    }
    double u = contact.channel.journeyRng.nextDouble();
    double cumulative = 0;
    for (FollowUp rule : rules) {
      cumulative += rule.probability();
      if (u < cumulative) {
        ChannelState target = channels[scenario.channelIndex(rule.to())];
        double delay = rule.delay().sample(contact.channel.journeyRng);
        simulator.schedule(new FollowUpArrival(center, target, contact.issue), delay);
        observer.followUpPlanned(contact, outcome, target, delay, journeys.sharedContext(), simulator.now());
        return true;
      }
    }
    return false;
  }

  private void closeIssue(Issue issue, boolean wasResolved) {
    if (issue.closed) {
      return;
    }
    issue.closed = true;
    if (issue.counted) {
      tally.recordIssue(issue.contacts, issue.channelSwitches, wasResolved,
          simulator.now() - issue.firstArrivalSeconds, issue.workloadSeconds);
      openCountedIssues--;
      window.outcomeReached();
    }
  }

  /** The journey figures, with the counted issues still open at the end. */
  JourneyTally finish() {
    tally.recordOpenAtEnd(openCountedIssues);
    return tally;
  }

  private FollowUp[][][] indexFollowUps() {
    FollowUp[][][] index = new FollowUp[channels.length][FollowUp.Outcome.values().length][];
    for (FollowUp rule : journeys.followUps()) {
      int c = scenario.channelIndex(rule.from());
      FollowUp[] existing = index[c][rule.on().ordinal()];
      FollowUp[] grown = existing == null ? new FollowUp[1] : Arrays.copyOf(existing, existing.length + 1);
      grown[grown.length - 1] = rule;
      index[c][rule.on().ordinal()] = grown;
    }
    return index;
  }
}
