package io.ccsim.report.chart;

import java.awt.Color;
import java.util.Locale;
import java.util.Map;

/**
 * One color per channel (and per group) name, the same in every chart and every report, so that
 * "phone is blue" holds on every page a room sees. Common channel names have fixed colors; any other
 * name gets one from the same color-blind-safe palette (Okabe and Ito) by a stable hash of the name.
 */
public final class SeriesColors {
  /** The Okabe-Ito palette without its yellow, which is unreadable on white. */
  private static final Color[] PALETTE = {
    new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xD55E00),
    new Color(0xCC79A7), new Color(0x56B4E9), new Color(0x6B6B6B), new Color(0x8C6D1F)
  };

  private static final Map<String, Color> FIXED = Map.of(
      "phone", PALETTE[0], "voice", PALETTE[0],
      "chat", PALETTE[1],
      "email", PALETTE[2],
      "social", PALETTE[3],
      "video", PALETTE[4],
      "callback", PALETTE[5],
      "sms", PALETTE[6]);

  /**
   * Agent groups' colors (Paul Tol's muted scheme less its cyan and green, which are near the channels'
   * sky blue and bluish green): none of them is a channel color, so a group never looks like a channel.
   */
  private static final Color[] GROUP_PALETTE = {
    new Color(0x332288), new Color(0x882255), new Color(0x999933), new Color(0x44AA99),
    new Color(0xAA4499), new Color(0xDDCC77), new Color(0xCC6677), new Color(0x661100)
  };

  /** The scenarios of a comparison: shades of gray, so the channels keep their colors on the axis. */
  private static final Color[] SCENARIO_PALETTE = {
    new Color(0x4D4D4D), new Color(0xA6A6A6), new Color(0x1A1A1A), new Color(0xCFCFCF)
  };

  private SeriesColors() {}

  /** The color of an agent group's name: from a palette that shares no color with the channels. */
  public static Color ofGroup(String name) {
    return GROUP_PALETTE[Math.floorMod(name.hashCode(), GROUP_PALETTE.length)];
  }

  /** The color of the {@code index}-th scenario of a comparison (A is 0). */
  public static Color ofScenario(int index) {
    return SCENARIO_PALETTE[Math.floorMod(index, SCENARIO_PALETTE.length)];
  }

  /** Whether {@code color} is one of the channels' colors. */
  static boolean isChannelColor(Color color) {
    return java.util.Arrays.asList(PALETTE).contains(color);
  }

  /** The color of a channel name. */
  public static Color of(String name) {
    Color fixed = FIXED.get(name.toLowerCase(Locale.ROOT));
    if (fixed != null) {
      return fixed;
    }
    return PALETTE[Math.floorMod(name.hashCode(), PALETTE.length)];
  }

  /** The {@code index}-th color of the palette, for series that are not channels (sweep lines). */
  public static Color byIndex(int index) {
    return PALETTE[Math.floorMod(index, PALETTE.length)];
  }

  /** The color as CSS hex, e.g. {@code #0072b2}. */
  public static String css(Color color) {
    return String.format(Locale.ROOT, "#%06x", color.getRGB() & 0xFFFFFF);
  }
}
