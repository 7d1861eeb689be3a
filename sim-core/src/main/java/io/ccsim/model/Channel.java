package io.ccsim.model;

import io.ccsim.distribution.Distribution;
import java.util.List;

/**
 * One channel (phone, chat, email, ...) with its own first-in-first-out queue.
 *
 * @param kind live (customers wait and may abandon) or deferred (no abandonment)
 * @param handleTime work content of one contact; the time an agent needs for it alone at full speed
 * @param wrapUp after-contact work, part of handle time; {@code null}: none
 * @param priority higher is served first when an agent chooses among waiting contacts
 * @param interruptibleBy live channels whose contacts may interrupt this channel's work in progress
 *     (deferred channels only); the interrupted item pauses and resumes later with the same agent
 * @param businessHours daily opening hours; {@code null}: open around the clock. A live channel gets
 *     no arrivals while closed; deferred contacts still arrive and queue up
 * @param targetInBusinessHours whether the service-level threshold counts only open hours (deferred
 *     channels: "answered within 8 business hours"); needs business hours
 * @param patience how long a customer waits before abandoning; {@code null}: never abandons (always
 *     null for deferred channels)
 * @param queueCapacity the most contacts that may wait; {@link #UNLIMITED_QUEUE} for no limit, 0 for a
 *     pure loss system (Erlang B)
 * @param handleTimeFactors factors on the drawn handle time by the time of day of the contact's
 *     arrival; {@code null}: none (handle time does not depend on the time of day)
 * @param patienceFactors factors on the drawn patience by the time of day of arrival; {@code null}: none
 * @param vru a voice-response stage every arrival of the channel's own process passes before the agent
 *     queue (live channels only); {@code null}: arrivals join the queue at once
 */
public record Channel(
    String name,
    ServiceLevelGoal serviceLevel,
    Distribution handleTime,
    Distribution patience,
    int queueCapacity,
    ChannelKind kind,
    Distribution wrapUp,
    int priority,
    List<String> interruptibleBy,
    BusinessHours businessHours,
    boolean targetInBusinessHours,
    TimeOfDayFactors handleTimeFactors,
    TimeOfDayFactors patienceFactors,
    Vru vru) {
  public static final int UNLIMITED_QUEUE = Integer.MAX_VALUE;

  /** A channel without a VRU stage. */
  public Channel(String name, ServiceLevelGoal serviceLevel, Distribution handleTime, Distribution patience,
      int queueCapacity, ChannelKind kind, Distribution wrapUp, int priority, List<String> interruptibleBy,
      BusinessHours businessHours, boolean targetInBusinessHours, TimeOfDayFactors handleTimeFactors,
      TimeOfDayFactors patienceFactors) {
    this(name, serviceLevel, handleTime, patience, queueCapacity, kind, wrapUp, priority, interruptibleBy,
        businessHours, targetInBusinessHours, handleTimeFactors, patienceFactors, null);
  }

  /** A channel whose patience does not depend on the time of day. */
  public Channel(String name, ServiceLevelGoal serviceLevel, Distribution handleTime, Distribution patience,
      int queueCapacity, ChannelKind kind, Distribution wrapUp, int priority, List<String> interruptibleBy,
      BusinessHours businessHours, boolean targetInBusinessHours, TimeOfDayFactors handleTimeFactors) {
    this(name, serviceLevel, handleTime, patience, queueCapacity, kind, wrapUp, priority, interruptibleBy,
        businessHours, targetInBusinessHours, handleTimeFactors, null);
  }

  /** A channel whose handle time does not depend on the time of day. */
  public Channel(String name, ServiceLevelGoal serviceLevel, Distribution handleTime, Distribution patience,
      int queueCapacity, ChannelKind kind, Distribution wrapUp, int priority, List<String> interruptibleBy,
      BusinessHours businessHours, boolean targetInBusinessHours) {
    this(name, serviceLevel, handleTime, patience, queueCapacity, kind, wrapUp, priority, interruptibleBy,
        businessHours, targetInBusinessHours, null, null);
  }

  /** A live channel without wrap-up at priority 0: the Foundation's single-queue channel. */
  public Channel(String name, ServiceLevelGoal serviceLevel, Distribution handleTime, Distribution patience,
      int queueCapacity) {
    this(name, serviceLevel, handleTime, patience, queueCapacity, ChannelKind.LIVE, null, 0, List.of());
  }

  /** A channel open around the clock. */
  public Channel(String name, ServiceLevelGoal serviceLevel, Distribution handleTime, Distribution patience,
      int queueCapacity, ChannelKind kind, Distribution wrapUp, int priority, List<String> interruptibleBy) {
    this(name, serviceLevel, handleTime, patience, queueCapacity, kind, wrapUp, priority, interruptibleBy, null,
        false);
  }

  public Channel {
    Names.check("channel", name);
    if (serviceLevel == null) {
      throw new IllegalArgumentException("channel " + name + ": serviceLevel is required");
    }
    if (handleTime == null) {
      throw new IllegalArgumentException("channel " + name + ": handleTime is required");
    }
    if (queueCapacity < 0) {
      throw new IllegalArgumentException(
          "channel " + name + ": queueCapacity must be >= 0, got " + queueCapacity);
    }
    if (kind == null) {
      throw new IllegalArgumentException("channel " + name + ": kind is required");
    }
    interruptibleBy = List.copyOf(interruptibleBy);
    if (kind == ChannelKind.LIVE && !interruptibleBy.isEmpty()) {
      throw new IllegalArgumentException(
          "channel " + name + ": only deferred channels can be interrupted; remove interruptibleBy");
    }
    if (targetInBusinessHours && businessHours == null) {
      throw new IllegalArgumentException(
          "channel " + name + ": a target in business hours needs businessHours");
    }
    if (patienceFactors != null && patience == null) {
      throw new IllegalArgumentException("channel " + name + ": patience factors need a patience");
    }
    if (kind == ChannelKind.DEFERRED && vru != null) {
      throw new IllegalArgumentException("channel " + name + ": a deferred channel has no VRU stage");
    }
    if (kind == ChannelKind.DEFERRED && patience != null) {
      throw new IllegalArgumentException(
          "channel " + name + ": a deferred channel has no patience; customers do not abandon it");
    }
  }

  /** The handle time of a contact drawn as {@code drawnSeconds} that arrives at {@code arrivalSeconds}. */
  public double handleTimeAt(double drawnSeconds, double arrivalSeconds) {
    return handleTimeFactors == null ? drawnSeconds : drawnSeconds * handleTimeFactors.at(arrivalSeconds);
  }

  /** The patience of a contact drawn as {@code drawnSeconds} that arrives at {@code arrivalSeconds}. */
  public double patienceAt(double drawnSeconds, double arrivalSeconds) {
    return patienceFactors == null ? drawnSeconds : drawnSeconds * patienceFactors.at(arrivalSeconds);
  }

  public boolean hasVru() {
    return vru != null;
  }

  public boolean hasWrapUp() {
    return wrapUp != null;
  }

  public boolean hasPatience() {
    return patience != null;
  }
}
