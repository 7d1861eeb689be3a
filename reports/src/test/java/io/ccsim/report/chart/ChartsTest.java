package io.ccsim.report.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class ChartsTest {
  /** Charts land here too, so that a person can look at them after the build. */
  private static final Path OUT = Path.of("target", "chart-samples");

  private static ChartImage check(Supplier<ChartImage> render) throws IOException {
    ChartImage image = render.get();
    BufferedImage png = ImageIO.read(new ByteArrayInputStream(image.png()));
    assertEquals(image.width(), png.getWidth());
    assertEquals(image.height(), png.getHeight());
    assertTrue(image.svg().startsWith("<?xml") || image.svg().startsWith("<svg"), image.svg().substring(0, 40));
    assertTrue(image.svg().contains("</svg>"));
    standaloneSvg(image);
    // Tests run under a German locale: tick labels must still use a decimal point.
    assertFalse(java.util.regex.Pattern.compile(">-?[0-9]+,[0-9]+%?<").matcher(image.svg()).find(), "locale-free labels");
    ChartImage again = render.get();
    assertArrayEquals(image.png(), again.png(), "PNG must be byte-identical for the same data");
    assertEquals(image.svg(), again.svg(), "SVG must be identical for the same data");
    Files.createDirectories(OUT);
    Files.write(OUT.resolve(image.name() + ".png"), image.png());
    Files.writeString(OUT.resolve(image.name() + ".svg"), image.svg());
    return image;
  }

  /**
   * A browser shows the SVG as an {@code <img>} only when it is a well-formed document whose root is an SVG
   * element in the SVG namespace; the viewBox lets the page scale it. No DOCTYPE, so nothing is fetched.
   */
  private static void standaloneSvg(ChartImage image) throws IOException {
    javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    org.w3c.dom.Element root;
    try {
      root = factory.newDocumentBuilder()
          .parse(new ByteArrayInputStream(image.svg().getBytes(java.nio.charset.StandardCharsets.UTF_8)))
          .getDocumentElement();
    } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
      throw new AssertionError(image.name() + ".svg is not well-formed XML: " + e.getMessage(), e);
    }
    assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI(), image.name());
    assertEquals("svg", root.getLocalName(), image.name());
    assertEquals("0 0 " + image.width() + " " + image.height(), root.getAttribute("viewBox"), image.name());
    assertFalse(image.svg().contains("<!DOCTYPE"), image.name());
  }

  private static double[] hours(double... h) {
    double[] s = new double[h.length];
    for (int i = 0; i < h.length; i++) {
      s[i] = h[i] * 3600;
    }
    return s;
  }

  @Test
  void waitPercentiles_fromHistogram_isAMonotoneCurveWithPercentLabels() throws IOException {
    Histogram phone = new Histogram(3);
    Histogram chat = new Histogram(3);
    for (int i = 0; i < 10_000; i++) {
      phone.recordValue(i % 3 == 0 ? 0 : (long) (-Math.log(1 - (i + 0.5) / 10_000.0) * 20_000));
      chat.recordValue((long) (-Math.log(1 - (i + 0.5) / 10_000.0) * 45_000));
    }
    PercentileCurve curve = PercentileCurve.of("phone", phone);
    double[] p = curve.percentiles();
    double[] w = curve.waitSeconds();
    assertTrue(p.length > 20, "points: " + p.length);
    for (int i = 1; i < p.length; i++) {
      assertTrue(p[i] > p[i - 1] && w[i] >= w[i - 1], "monotone at " + i);
    }
    assertTrue(p[p.length - 1] < 100);
    ChartImage image = check(() -> WaitPercentileChart.render("wait-percentiles", "Queue wait by percentile",
        List.of(curve, PercentileCurve.of("chat", chat))));
    assertTrue(image.svg().contains("99%") && image.svg().contains("90%"), "percentile tick labels");
    assertTrue(PercentileCurve.of("none", new Histogram(3)).isEmpty());
    assertFalse(WaitPercentileChart.logWaits(List.of(curve, PercentileCurve.of("chat", chat))), "same scale: linear");
  }

  @Test
  void waitPercentiles_secondsAndHours_useALogWaitAxis() throws IOException {
    Histogram phone = new Histogram(3);
    Histogram email = new Histogram(3);
    for (int i = 0; i < 1000; i++) {
      phone.recordValue(i % 2 == 0 ? 0 : i * 40L);
      email.recordValue(i * 20_000L);
    }
    List<PercentileCurve> curves = List.of(PercentileCurve.of("phone", phone), PercentileCurve.of("email", email));
    assertTrue(WaitPercentileChart.logWaits(curves));
    check(() -> WaitPercentileChart.render("wait-percentiles-log", "Queue wait, phone and email", curves));
  }

  @Test
  void percentileFormat_labelsLogTicksAsPercentiles() {
    WaitPercentileChart.PercentileFormat f = new WaitPercentileChart.PercentileFormat();
    assertEquals("0%", f.format(0.0));
    assertEquals("90%", f.format(1.0));
    assertEquals("99.9%", f.format(3.0));
  }

  @Test
  void comparisonBars_haveErrorBarsAndChannelColors() throws IOException {
    ChartImage image = check(() -> EstimateBarChart.render("compare-serviceLevel", "Service level", "service level",
        true, EstimateBarChart.ColorBy.SERIES, List.of(
            new Bar("phone", "siloed", 0.78, 0.02), new Bar("chat", "siloed", 0.70, 0.03),
            new Bar("phone", "pooled", 0.86, 0.015), new Bar("chat", "pooled", 0.81, Double.NaN))));
    assertTrue(image.svg().contains("rgb(0,114,178)") || image.svg().contains("#0072b2")
        || image.svg().contains("#0072B2"), "phone is blue");
  }

  @Test
  void occupancyBars_coloredByGroup() throws IOException {
    check(() -> EstimateBarChart.render("occupancy", "Occupancy per group", "occupancy", true,
        EstimateBarChart.ColorBy.CATEGORY, List.of(new Bar("occupancy", "phone-team", 0.82, 0.01),
            new Bar("occupancy", "chat-team", 0.64, 0.02))));
  }

  @Test
  void sweep_linesWithBands() throws IOException {
    double[] x = {10, 11, 12, 13, 14};
    check(() -> SweepChart.render("sweep-phone.serviceLevel", "phone service level vs phone-team agents",
        "groups.phone-team.count", "phone service level", true, List.of(
            new SweepLine("rate 180/h", x, new double[] {0.6, 0.75, 0.85, 0.91, 0.95},
                new double[] {0.03, 0.02, 0.015, 0.01, 0.005}),
            new SweepLine("rate 220/h", x, new double[] {0.3, 0.5, 0.66, 0.78, 0.87},
                new double[] {0.04, 0.03, 0.02, 0.015, 0.01}))));
  }

  @Test
  void serviceLevelPerInterval_withTargetLines_syntheticDay() throws IOException {
    double[] starts = new double[32];
    double[] phone = new double[32];
    double[] chat = new double[32];
    for (int i = 0; i < 32; i++) {
      starts[i] = 8 * 3600 + i * 900;
      phone[i] = 0.8 + 0.15 * Math.sin(i / 4.0);
      chat[i] = i == 5 ? Double.NaN : 0.7 + 0.2 * Math.cos(i / 5.0);
    }
    ChartImage image = check(() -> IntervalCharts.serviceLevel("service-level-intervals",
        "Service level per 15-minute interval",
        List.of(new IntervalSeries("phone", starts, phone), new IntervalSeries("chat", starts, chat)),
        Map.of("phone", 0.8, "chat", 0.7)));
    assertTrue(image.svg().contains("phone target 80%"), "target line label");
    assertTrue(image.svg().contains("8:00") || image.svg().contains("10:00"), "clock ticks");
  }

  @Test
  void serviceLevelPerInterval_equalTargets_shareOneLabelledLine() throws IOException {
    double[] starts = hours(8, 8.5, 9);
    ChartImage image = check(() -> IntervalCharts.serviceLevel("service-level-intervals", "Service level",
        List.of(new IntervalSeries("phone", starts, new double[] {0.9, 0.7, 0.8}),
            new IntervalSeries("chat", starts, new double[] {0.95, 0.85, 0.9})),
        Map.of("phone", 0.8, "chat", 0.8)));
    assertTrue(image.svg().contains("phone, chat target 80%"), "one line for both targets");
  }

  @Test
  void demandAndStaffing_offeredSolid_staffedDashedOnASecondAxis() throws IOException {
    double[] starts = hours(8, 8.5, 9);
    ChartImage image = check(() -> IntervalCharts.demandAndStaffing("demand-staffing-intervals", "Offered and staffed",
        List.of(new IntervalSeries("phone", starts, new double[] {40, 90, 60})),
        List.of(new IntervalSeries("phone", starts, new double[] {10, 14, 12}))));
    assertTrue(image.svg().contains("phone staffed agents"), "the staffed line in the legend");
  }

  @Test
  void occupancyPerInterval_andQueueLength_syntheticDay() throws IOException {
    double[] starts = hours(8, 8.5, 9, 9.5, 10, 10.5, 11, 11.5);
    check(() -> IntervalCharts.occupancy("occupancy-intervals", "Occupancy per 30-minute interval",
        List.of(new IntervalSeries("phone-team", starts, new double[] {0.5, 0.7, 0.9, 0.95, 0.92, 0.85, 0.8, 0.7}),
            new IntervalSeries("blended", starts, new double[] {0.4, 0.6, 0.8, 0.9, 0.88, 0.8, 0.7, 0.6}))));
    check(() -> IntervalCharts.queueLength("queue-length", "Contacts waiting",
        List.of(new IntervalSeries("phone", hours(8, 8.1, 8.2, 8.3, 8.4), new double[] {0, 3, 7, 2, 0}))));
    assertEquals(900, IntervalCharts.tickSeconds(2 * 3600));
    assertEquals(3600, IntervalCharts.tickSeconds(10 * 3600));
  }

  @Test
  void concurrencyDistribution_barsPerLevel() throws IOException {
    ConcurrencyDistribution chat = new ConcurrencyDistribution("chat", new double[] {0.1, 0.3, 0.4, 0.2});
    assertEquals((0.3 + 0.8 + 0.6) / 0.9, chat.observedConcurrency(), 1e-12);
    check(() -> ConcurrencyChart.render("concurrency", "Chats held at once", List.of(chat,
        new ConcurrencyDistribution("email", new double[] {0.5, 0.5}))));
    assertThrows(IllegalArgumentException.class, () -> new ConcurrencyDistribution("x", new double[] {0.5, 0.2}));
  }

  @Test
  void badInputs_areRefusedWithAMessage() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new IntervalSeries("phone", new double[] {0, 900}, new double[] {1}));
    assertTrue(e.getMessage().contains("2 interval starts but 1 values"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> new IntervalSeries("phone", new double[] {900, 0}, new double[] {1, 1}));
    assertThrows(IllegalArgumentException.class, () -> new PercentileCurve("x", new double[] {100}, new double[] {1}));
    assertFalse(SeriesColors.of("phone").equals(SeriesColors.of("chat")));
    assertEquals(SeriesColors.of("Phone"), SeriesColors.of("phone"));
    assertEquals("#0072b2", SeriesColors.css(SeriesColors.of("phone")));
  }
}
