package io.ccsim.config;

import io.ccsim.model.ArrivalStream;
import io.ccsim.model.Burst;
import io.ccsim.model.Busyness;
import io.ccsim.model.Channel;
import io.ccsim.model.ChannelKind;
import io.ccsim.model.RateProfile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the entries under {@code arrivals} and builds their {@link ArrivalStream}s: the channel; the
 * rate ({@link RateAssembler}); busyness; bursts; and the initial backlog, which needs a deferred channel
 * (the kind is read from the channels already assembled).
 */
final class ArrivalAssembler {
  private static final String BURST_EXAMPLE = "a mapping such as {at: \"11:00\", duration: 20m, factor: 3}";

  private final ScenarioSource source;
  private final RateAssembler rates;
  private final Map<String, Channel> channels = new LinkedHashMap<>();
  private final double horizonSeconds;
  /** The first stream with shared busyness, whose cv every other shared stream must repeat. */
  private String sharedCvPath;
  private double sharedCv;

  /** {@code channels}: the scenario's assembled channels; {@code horizonSeconds}: the end of the run. */
  ArrivalAssembler(ScenarioSource source, List<Channel> channels, double horizonSeconds) {
    this.source = source;
    this.rates = new RateAssembler(source);
    channels.forEach(c -> this.channels.put(c.name(), c));
    this.horizonSeconds = horizonSeconds;
  }

  List<ArrivalStream> assemble(List<ArrivalSpec> specs) {
    String allowedList = "a list of {channel: NAME, rate: RATE} entries";
    source.required(specs, "arrivals", allowedList);
    if (specs.isEmpty()) {
      throw source.error("arrivals", "needs at least one arrival stream", allowedList);
    }
    List<ArrivalStream> arrivals = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      String path = Paths.index("arrivals", i);
      ArrivalSpec spec = source.required(specs.get(i), path, "a mapping such as {channel: phone, rate: 200/h}");
      arrivals.add(stream(spec, path));
    }
    return arrivals;
  }

  private ArrivalStream stream(ArrivalSpec spec, String path) {
    String channelPath = Paths.field(path, "channel");
    String names = String.join(", ", channels.keySet());
    String channel = source.required(spec.channel(), channelPath, names);
    if (!channels.containsKey(channel)) {
      throw source.error(channelPath, "unknown channel '" + channel + "'" + Keys.suggestion(channel, channels.keySet()),
          names);
    }
    RateAssembler.Rates rate = rates.of(spec, path);
    Busyness busyness = busyness(spec.busyness(), Paths.field(path, "busyness"));
    List<Burst> bursts = bursts(spec.bursts(), Paths.field(path, "bursts"));
    int backlog = backlog(spec.initialBacklog(), Paths.field(path, "initialBacklog"), channel);
    return source.construct(path, () -> new ArrivalStream(channel, rate.profile(), busyness, bursts, backlog, rate.byDay()));
  }

  private Busyness busyness(ArrivalSpec.Busyness spec, String path) {
    if (spec == null) {
      return Busyness.NONE;
    }
    String cvPath = Paths.field(path, "cv");
    String allowed = "a coefficient of variation >= 0 such as 0.15 (0: no busyness)";
    double cv = source.required(spec.cv(), cvPath, allowed);
    if (!(cv >= 0) || cv > Limits.MAX_CV) {
      throw source.error(cvPath, "'" + source.text(cvPath, cv) + "' is not a cv >= 0", allowed);
    }
    boolean shared = spec.shared() != null && spec.shared();
    if (shared && cv > 0) {
      if (sharedCvPath == null) {
        sharedCvPath = cvPath;
        sharedCv = cv;
      } else if (cv != sharedCv) {
        throw source.error(cvPath, "shared busyness is one factor per day for every shared stream, but "
            + sharedCvPath + " gives it cv " + source.text(sharedCvPath, sharedCv),
            "cv " + source.text(sharedCvPath, sharedCv) + " as there, or shared: false");
      }
    }
    return source.construct(path, () -> new Busyness(cv, shared));
  }

  private List<Burst> bursts(List<ArrivalSpec.Burst> specs, String path) {
    List<Burst> bursts = new ArrayList<>();
    if (specs == null) {
      return bursts;
    }
    int lastDay = (int) Math.ceil(horizonSeconds / RateProfile.DAY_SECONDS);
    for (int i = 0; i < specs.size(); i++) {
      String itemPath = Paths.index(path, i);
      ArrivalSpec.Burst spec = source.required(specs.get(i), itemPath, BURST_EXAMPLE);
      double at = rates.timeOfDay(spec.at(), Paths.field(itemPath, "at"));
      String durationPath = Paths.field(itemPath, "duration");
      String durationAllowed = "a duration above 0 and at most 24h, such as 20m";
      double duration = source.required(spec.duration(), durationPath, durationAllowed).seconds();
      if (!(duration > 0 && duration <= RateProfile.DAY_SECONDS)) {
        throw source.error(durationPath, "'" + source.text(durationPath, duration) + "' is not above 0 and at most 24h",
            durationAllowed);
      }
      String factorPath = Paths.field(itemPath, "factor");
      String factorAllowed = "a factor above 0 on the rate, such as 3 (three times) or 0.5 (half)";
      double factor = source.boundedFactor(source.required(spec.factor(), factorPath, factorAllowed), factorPath,
          factorAllowed);
      int day = Burst.EVERY_DAY;
      if (spec.day() != null) {
        String dayPath = Paths.field(itemPath, "day");
        String dayAllowed = "a day from 1 to " + lastDay + " (days count from 1; the horizon ends on day " + lastDay
            + "), or omit it for every day";
        day = source.atLeast(spec.day(), 1, dayPath, dayAllowed);
        if (day > lastDay) {
          throw source.error(dayPath, "day " + day + " is after the horizon", dayAllowed);
        }
      }
      int finalDay = day;
      bursts.add(source.construct(itemPath, () -> new Burst(at, duration, factor, finalDay)));
    }
    return bursts;
  }

  private int backlog(Integer spec, String path, String channel) {
    if (spec == null) {
      return 0;
    }
    if (channels.get(channel).kind() != ChannelKind.DEFERRED) {
      throw source.keyError(path, "an initial backlog needs a deferred channel, and '" + channel + "' is live",
          "omit initialBacklog, or kind: deferred under channels." + channel);
    }
    return source.between(spec, 0, Limits.MAX_BACKLOG, path, "a whole number >= 0 of contacts waiting at time 0",
        "contacts waiting at time 0");
  }

}
