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

  private SeriesColors() {}

  /** The color of a channel or group name. */
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
