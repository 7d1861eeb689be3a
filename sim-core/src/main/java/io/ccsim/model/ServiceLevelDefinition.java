package io.ccsim.model;

/**
 * The service-level variants in real use (see the glossary); every reported service level names one.
 * "Within T" means a queue wait of at most T seconds.
 */
public enum ServiceLevelDefinition {
  /** Answered within T / offered: every abandon and block counts against. ccsim's default. */
  ANSWERED_OF_OFFERED("answered-of-offered", "answered within T / offered"),
  /** Answered within T / (offered - abandoned within T): short abandons are excluded. */
  EXCLUDE_SHORT_ABANDONS("exclude-short-abandons", "answered within T / (offered - abandoned within T)"),
  /** (Answered within T + abandoned within T) / offered: short abandons count as good. */
  SHORT_ABANDONS_GOOD("short-abandons-good", "(answered within T + abandoned within T) / offered"),
  /** Answered within T / answered: ignores abandons. */
  ANSWERED_OF_ANSWERED("answered-of-answered", "answered within T / answered");

  private final String key;
  private final String formula;

  ServiceLevelDefinition(String key, String formula) {
    this.key = key;
    this.formula = formula;
  }

  /** The name used in scenario files and in {@code summary.json}. */
  public String key() {
    return key;
  }

  /** The formula in words, for tables and reports. */
  public String formula() {
    return formula;
  }

  /** Looks a definition up by its key; the message lists the allowed keys. */
  public static ServiceLevelDefinition fromKey(String key) {
    for (ServiceLevelDefinition d : values()) {
      if (d.key.equals(key)) {
        return d;
      }
    }
    throw new IllegalArgumentException("unknown service-level definition '" + key + "'; allowed: " + keys());
  }

  /** The allowed keys, comma-separated. */
  public static String keys() {
    StringBuilder sb = new StringBuilder();
    for (ServiceLevelDefinition d : values()) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(d.key);
    }
    return sb.toString();
  }

  /** Applies the definition to one replication's counts; NaN when the denominator is zero. */
  public double apply(long offered, long answered, long answeredWithin, long abandonedWithin) {
    return switch (this) {
      case ANSWERED_OF_OFFERED -> ratio(answeredWithin, offered);
      case EXCLUDE_SHORT_ABANDONS -> ratio(answeredWithin, offered - abandonedWithin);
      case SHORT_ABANDONS_GOOD -> ratio(answeredWithin + abandonedWithin, offered);
      case ANSWERED_OF_ANSWERED -> ratio(answeredWithin, answered);
    };
  }

  private static double ratio(long numerator, long denominator) {
    return denominator == 0 ? Double.NaN : (double) numerator / denominator;
  }
}
