package io.ccsim.arrivals;

import io.ccsim.model.ArrivalStream;
import io.ccsim.model.Busyness;
import io.ccsim.random.RandomStreams;
import java.util.List;

/**
 * Builds the arrival process of a scenario's arrival stream. Every consumer of a scenario's arrivals
 * (the contact center, the exported schedule, the load generator) must build processes here, so that
 * they draw the same numbers.
 *
 * <p>Random streams: the gaps come from {@code arrivals/<channel>}; the busyness factors from
 * {@code busyness/shared} or {@code busyness/<channel>} (see {@link Busyness}). A constant rate without
 * busyness or bursts is {@link PoissonArrivals}, exactly as before profiles existed; anything else is
 * {@link TimeVaryingArrivals}; an initial backlog puts {@link BacklogArrivals} in front.
 */
public final class ArrivalProcesses {
  /** The busyness stream of every stream whose busyness is shared. */
  public static final String SHARED_BUSYNESS_STREAM = "busyness/shared";

  private ArrivalProcesses() {}

  /** The name of the random stream that draws the arrival gaps of {@code channel}. */
  public static String streamName(String channel) {
    return "arrivals/" + channel;
  }

  /** The name of the random stream that draws the daily busyness factors of {@code stream}. */
  public static String busynessStreamName(ArrivalStream stream) {
    return stream.busyness().shared() ? SHARED_BUSYNESS_STREAM : "busyness/" + stream.channel();
  }

  /** The daily busyness factors of {@code stream} in this replication. */
  public static BusynessFactors busyness(ArrivalStream stream, RandomStreams streams) {
    return new BusynessFactors(stream.busyness(), streams.stream(busynessStreamName(stream)));
  }

  /** A fresh process for {@code stream}, positioned at the start of the replication (t = 0). */
  public static ArrivalProcess of(ArrivalStream stream, RandomStreams streams) {
    ArrivalProcess process;
    if (stream.profile().isConstant() && !stream.byDay() && !stream.busyness().varies() && stream.bursts().isEmpty()) {
      process = new PoissonArrivals(stream.ratePerSecond(), streams.stream(streamName(stream.channel())));
    } else {
      process = new TimeVaryingArrivals(stream.byDay() ? stream.profileByDay() : List.of(stream.profile()),
          stream.bursts(), busyness(stream, streams), streams.stream(streamName(stream.channel())));
    }
    return stream.initialBacklog() > 0 ? new BacklogArrivals(stream.initialBacklog(), process) : process;
  }
}
