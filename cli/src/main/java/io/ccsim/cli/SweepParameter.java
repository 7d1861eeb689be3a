package io.ccsim.cli;

import io.ccsim.model.AgentGroup;
import io.ccsim.model.ArrivalStream;
import io.ccsim.model.Channel;
import io.ccsim.model.Scenario;
import io.ccsim.model.Quantities;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code --set PATH=VALUES} of {@code ccsim sweep}: a scenario value and the values it takes.
 *
 * <p>Paths: {@code groups.NAME.count} (agents, whole numbers from 1), {@code arrivals.CHANNEL.rate}
 * (the channel's total arrival rate; a plain number is per second as in scenario files, or give a unit
 * such as {@code 180..220:20/h}) and {@code channels.NAME.queueCapacity} (whole numbers from 0).
 * Values: {@code 10..20} (step 1), {@code 10..20:2}, or a list {@code 10,12,15}.
 *
 * <p>Values are applied to the sim-core model records (a modified {@link Scenario}), never to the
 * file's text.
 */
record SweepParameter(String path, Kind kind, String target, List<String> texts, double[] numbers, double[] values) {
  /** What is swept. */
  enum Kind { GROUP_COUNT, ARRIVAL_RATE, QUEUE_CAPACITY }

  static final String PATH_FORMS = "groups.GROUP.count, arrivals.CHANNEL.rate or channels.CHANNEL.queueCapacity";
  static final String VALUE_FORMS = "FROM..TO (step 1), FROM..TO:STEP or a list A,B,C; rates may end in a unit"
      + " such as 180..220:20/h";
  private static final int MAX_VALUES = 10_000;

  private static final Pattern PATH = Pattern.compile(
      "(groups)\\.([A-Za-z][A-Za-z0-9_-]*)\\.(count)|(arrivals)\\.([A-Za-z][A-Za-z0-9_-]*)\\.(rate)"
          + "|(channels)\\.([A-Za-z][A-Za-z0-9_-]*)\\.(queueCapacity)");
  private static final Pattern RANGE = Pattern.compile("([0-9.eE+-]+)\\.\\.([0-9.eE+-]+)(?::([0-9.eE+-]+))?");
  private static final Pattern UNIT =
      Pattern.compile("(.*?)\\s*/\\s*(s|sec|secs|second|seconds|min|mins|minute|minutes|m|h|hr|hrs|hour|hours|d|day|days)");

  /** Parses {@code --set} text against the scenario it will modify; errors are one line, exit 2. */
  static SweepParameter parse(String text, Scenario scenario) {
    int equals = text.indexOf('=');
    if (equals < 0) {
      throw bad("'" + text + "' is not PATH=VALUES; PATH is one of " + PATH_FORMS + ", VALUES " + VALUE_FORMS);
    }
    String path = text.substring(0, equals).trim();
    String values = text.substring(equals + 1).trim();
    Matcher m = PATH.matcher(path);
    if (!m.matches()) {
      throw bad("'" + path + "' cannot be swept; allowed: " + PATH_FORMS);
    }
    Kind kind;
    String target;
    if (m.group(1) != null) {
      kind = Kind.GROUP_COUNT;
      target = m.group(2);
      List<String> names = scenario.groups().stream().map(AgentGroup::name).toList();
      if (!names.contains(target)) {
        throw bad(path + ": the scenario has no group '" + target + "'; it has " + String.join(", ", names));
      }
    } else {
      kind = m.group(4) != null ? Kind.ARRIVAL_RATE : Kind.QUEUE_CAPACITY;
      target = m.group(4) != null ? m.group(5) : m.group(8);
      if (scenario.channelIndex(target) < 0) {
        throw bad(path + ": the scenario has no channel '" + target + "'; it has "
            + String.join(", ", scenario.channels().stream().map(Channel::name).toList()));
      }
    }
    return values(path, kind, target, values);
  }

  private static SweepParameter values(String path, Kind kind, String target, String text) {
    String unit = null;
    String numbers = text;
    if (kind == Kind.ARRIVAL_RATE) {
      Matcher u = UNIT.matcher(text);
      if (u.matches()) {
        unit = u.group(2);
        numbers = u.group(1);
      }
      // A list may give the unit on every item, 180/h,200/h, as long as it is the same one.
      if (text.contains(",") && !RANGE.matcher(text).find()) {
        List<String> bare = new ArrayList<>();
        java.util.Set<String> units = new java.util.LinkedHashSet<>();
        for (String item : text.split(",", -1)) {
          Matcher each = UNIT.matcher(item.trim());
          if (each.matches()) {
            units.add(each.group(2));
            bare.add(each.group(1));
          } else {
            bare.add(item.trim());
          }
        }
        if (units.size() > 1) {
          throw bad(path + ": '" + text + "' mixes units (" + String.join(", ", units) + "); give one, such as "
              + String.join(",", bare) + "/" + units.iterator().next());
        }
        if (units.size() == 1) {
          unit = units.iterator().next();
          numbers = String.join(",", bare);
        }
      }
    }
    List<BigDecimal> list = new ArrayList<>();
    Matcher range = RANGE.matcher(numbers);
    try {
      if (range.matches()) {
        BigDecimal from = new BigDecimal(range.group(1));
        BigDecimal to = new BigDecimal(range.group(2));
        BigDecimal step = range.group(3) == null ? BigDecimal.ONE : new BigDecimal(range.group(3));
        if (step.signum() <= 0 || to.compareTo(from) < 0) {
          throw bad(path + ": '" + text + "' needs FROM <= TO and a step > 0; allowed: " + VALUE_FORMS);
        }
        for (BigDecimal v = from; v.compareTo(to) <= 0; v = v.add(step)) {
          list.add(v);
          if (list.size() > MAX_VALUES) {
            throw bad(path + ": '" + text + "' gives more than " + MAX_VALUES + " values");
          }
        }
      } else {
        for (String item : numbers.split(",", -1)) {
          list.add(new BigDecimal(item.trim()));
        }
      }
    } catch (NumberFormatException e) {
      throw bad(path + ": '" + text + "' is not allowed; give " + VALUE_FORMS);
    }
    List<String> texts = new ArrayList<>();
    double[] shown = new double[list.size()];
    double[] model = new double[list.size()];
    for (int i = 0; i < list.size(); i++) {
      BigDecimal v = list.get(i);
      String plain = v.stripTrailingZeros().toPlainString();
      shown[i] = v.doubleValue();
      switch (kind) {
        case GROUP_COUNT, QUEUE_CAPACITY -> {
          int minimum = kind == Kind.GROUP_COUNT ? 1 : 0;
          if (v.stripTrailingZeros().scale() > 0 || v.compareTo(BigDecimal.valueOf(minimum)) < 0
              || v.compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
            throw bad(path + ": '" + plain + "' is not allowed; give whole numbers from " + minimum + " to 1000000");
          }
          model[i] = v.intValue();
          texts.add(plain);
        }
        case ARRIVAL_RATE -> {
          String rate = unit == null ? plain : plain + "/" + unit;
          model[i] = Quantities.parseRatePerSecond(rate);
          if (!(model[i] > 0)) {
            throw bad(path + ": '" + rate + "' is not allowed; rates must be greater than zero");
          }
          texts.add(rate);
        }
        default -> throw new IllegalStateException(kind.toString());
      }
    }
    return new SweepParameter(path, kind, target, List.copyOf(texts), shown, model);
  }

  /** The label of this parameter's axis, with the rate unit when one was given. */
  String axisLabel() {
    if (kind == Kind.ARRIVAL_RATE && !texts.isEmpty() && texts.get(0).contains("/")) {
      return path + " (" + texts.get(0).substring(texts.get(0).indexOf('/')) + ")";
    }
    return kind == Kind.ARRIVAL_RATE ? path + " (/s)" : path;
  }

  /** {@code scenario} with this parameter at its {@code index}-th value. */
  Scenario apply(Scenario scenario, int index) {
    double value = values[index];
    List<Channel> channels = scenario.channels();
    List<ArrivalStream> arrivals = scenario.arrivals();
    List<AgentGroup> groups = scenario.groups();
    switch (kind) {
      case GROUP_COUNT -> groups = groups.stream()
          .map(g -> g.name().equals(target) ? withCount(g, (int) value) : g)
          .toList();
      case QUEUE_CAPACITY -> channels = channels.stream()
          .map(c -> c.name().equals(target)
              ? new Channel(c.name(), c.serviceLevel(), c.handleTime(), c.patience(), (int) value, c.kind(),
                  c.wrapUp(), c.priority(), c.interruptibleBy(), c.businessHours(), c.targetInBusinessHours(),
                  c.handleTimeFactors(), c.patienceFactors(), c.vru())
              : c)
          .toList();
      case ARRIVAL_RATE -> {
        double total = arrivals.stream().filter(a -> a.channel().equals(target))
            .mapToDouble(ArrivalStream::ratePerSecond).sum();
        if (total == 0) {
          // The channel had no arrivals: add one stream at the rate.
          List<ArrivalStream> more = new ArrayList<>(arrivals);
          more.add(new ArrivalStream(target, value));
          arrivals = more;
        } else {
          // Several streams of one channel keep their proportions; their sum becomes the value.
          double scale = value / total;
          arrivals = arrivals.stream()
              .map(a -> a.channel().equals(target) ? a.scaled(scale) : a)
              .toList();
        }
      }
      default -> throw new IllegalStateException(kind.toString());
    }
    // Every other part of the scenario (routing, journeys, each record's other fields) is kept as it is.
    return new Scenario(scenario.name(), scenario.seed(), scenario.replications(), scenario.warmupSeconds(),
        scenario.horizonSeconds(), channels, arrivals, groups, scenario.routing(), scenario.journeys(),
        scenario.intervalSeconds());
  }

  /** The group with another head count; a group on shifts has its count set by them, so it cannot be swept. */
  private AgentGroup withCount(AgentGroup group, int count) {
    if (!group.shifts().isEmpty()) {
      throw bad(path + ": group " + group.name() + " works in shifts, whose counts set its size; allowed: a group "
          + "without shifts (sweep shift counts by editing the file)");
    }
    return new AgentGroup(group.name(), count, group.skills(), group.proficiency(), group.capacity(), group.shifts(),
        group.shrinkage());
  }

  int size() {
    return texts.size();
  }

  private static BadInputException bad(String problem) {
    return new BadInputException("--set: " + problem);
  }
}
