package io.ccsim.report.chart;

import io.ccsim.report.staffing.StaffingTable;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The staffing found per interval against the offered load (Erlangs) and the Erlang answer channel by
 * channel, as steps over the day: where simulation asks for more or fewer agents than the formulas.
 */
public final class StaffingChart {
  private StaffingChart() {}

  public static ChartImage render(StaffingTable table) {
    double length = table.plan().stationary() ? table.stationaryHours() * 3600 : table.plan().intervalSeconds();
    double offset = table.plan().stationary() ? table.scenario().warmupSeconds() : 0;
    double[] erlang = table.result().firstGuess().erlangAgents();
    double[] load = table.result().firstGuess().offeredLoad();
    XYSeries found = new XYSeries("staffing found (all groups)", false, true);
    XYSeries formula = new XYSeries("Erlang, channel by channel", false, true);
    XYSeries offered = new XYSeries("offered load (Erlangs)", false, true);
    List<Integer> rows = table.rows();
    for (int i : rows) {
      double x = offset + i * length;
      found.add(x, table.total(i));
      formula.add(x, erlang[i]);
      offered.add(x, load[i]);
    }
    if (!rows.isEmpty()) {
      int last = rows.get(rows.size() - 1);
      double x = offset + (last + 1) * length;
      found.add(x, table.total(last));
      formula.add(x, erlang[last]);
      offered.add(x, load[last]);
    }
    XYSeriesCollection data = new XYSeriesCollection();
    data.addSeries(found);
    data.addSeries(formula);
    data.addSeries(offered);
    XYStepRenderer renderer = new XYStepRenderer();
    renderer.setSeriesPaint(0, new Color(0x1F77B4));
    renderer.setSeriesStroke(0, new BasicStroke(2.5f));
    renderer.setSeriesPaint(1, new Color(0xFF7F0E));
    renderer.setSeriesStroke(1, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
        new float[] {6f, 4f}, 0f));
    renderer.setSeriesPaint(2, new Color(0x7F7F7F));
    renderer.setSeriesStroke(2, new BasicStroke(1.5f));
    NumberAxis time = new NumberAxis("time (h:mm)");
    time.setNumberFormatOverride(new ClockFormat());
    time.setAutoRangeIncludesZero(false);
    if (!rows.isEmpty()) {
      double start = offset + rows.get(0) * length;
      double end = offset + (rows.get(rows.size() - 1) + 1) * length;
      time.setRange(start, end);
      time.setTickUnit(new NumberTickUnit(IntervalCharts.tickSeconds(end - start)));
    }
    NumberAxis agents = new NumberAxis("agents");
    agents.setAutoRangeIncludesZero(true);
    XYPlot plot = new XYPlot(data, time, agents, renderer);
    plot.setDomainGridlinePaint(new Color(0xEEEEEE));
    String title = "Staffing vs offered load and Erlang, per interval";
    return ChartRenderer.render("staffing", title, new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true));
  }
}
