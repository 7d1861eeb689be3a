package io.ccsim.report.html;

import io.ccsim.report.chart.ChartImage;
import io.ccsim.report.chart.SeriesColors;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** Small HTML building blocks: escaping, tables, figures with inline images, color swatches. */
public final class Html {
  /** The page's style: readable on screen, and clean on paper (no nav, no breaks inside tables or charts). */
  static final String STYLE = """
      :root { --ink: #222; --muted: #666; --line: #d8d8d8; --head: #f3f3f3; --good: #0a7d32; --bad: #b3261e; }
      * { box-sizing: border-box; }
      body { font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; color: var(--ink);
             max-width: 1100px; margin: 0 auto; padding: 24px; line-height: 1.4; font-size: 14px; }
      h1 { font-size: 24px; margin: 0 0 4px; }
      h2 { font-size: 19px; margin: 28px 0 8px; border-bottom: 2px solid var(--line); padding-bottom: 4px; }
      h3 { font-size: 16px; margin: 18px 0 6px; }
      p.meta, p.note { color: var(--muted); margin: 4px 0 12px; }
      table { border-collapse: collapse; margin: 6px 0 14px; font-variant-numeric: tabular-nums; }
      th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: right; vertical-align: top; }
      td { white-space: nowrap; }
      table.brief td { white-space: normal; }
      th { background: var(--head); font-weight: 600; }
      td:first-child, th:first-child { text-align: left; }
      td.text, th.text, table.brief td, table.brief th { text-align: left; }
      .swatch { display: inline-block; width: 10px; height: 10px; margin-right: 6px; border-radius: 2px; }
      .sig { font-weight: 700; }
      .sig.better { color: var(--good); }
      .sig.worse { color: var(--bad); }
      figure { margin: 16px 0 24px; }
      figure img { max-width: 100%; height: auto; border: 1px solid var(--line); }
      figcaption { color: var(--muted); font-size: 13px; margin-top: 4px; }
      .scroll { overflow-x: auto; }
      section.headline { border: 1px solid var(--line); border-radius: 6px; padding: 4px 16px 8px; margin: 16px 0;
                         background: #fafafa; }
      section.headline h2 { margin-top: 8px; }
      ul.verdicts, ul.findings { list-style: none; padding: 0; margin: 6px 0 10px; }
      ul.verdicts li { font-size: 16px; margin: 6px 0; padding-left: 10px; border-left: 6px solid var(--line); }
      ul.verdicts li.met { border-color: var(--good); }
      ul.verdicts li.missed { border-color: var(--bad); }
      li.met .verdict, td.verdict.met, li.better { color: var(--good); }
      li.missed .verdict, td.verdict.missed, li.worse { color: var(--bad); }
      .verdict { font-weight: 600; }
      td.verdict { white-space: normal; }
      ul.findings li { margin: 4px 0; padding-left: 10px; border-left: 6px solid var(--line); font-weight: 600; }
      ul.findings li.better { border-color: var(--good); }
      ul.findings li.worse { border-color: var(--bad); }
      ul.findings li.price { border-color: var(--muted); }
      .more, p.groups { color: var(--muted); font-size: 14px; }
      @media print {
        body { max-width: none; padding: 0; font-size: 10pt; }
        h2 { break-after: avoid; }
        table, figure { break-inside: avoid; }
        .scroll { overflow: visible; }
        figure img { border: none; }
        a { color: inherit; text-decoration: none; }
        @page { margin: 14mm; }
      }
      """;

  private Html() {}

  /** Escapes text for HTML element content and attribute values. */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** A name with its series color swatch. */
  public static String swatched(String name) {
    return "<span class=\"swatch\" style=\"background:" + SeriesColors.css(SeriesColors.of(name)) + "\"></span>"
        + escape(name);
  }

  /** An agent group's name with its swatch, in a group color (never a channel's). */
  public static String swatchedGroup(String name) {
    return "<span class=\"swatch\" style=\"background:" + SeriesColors.css(SeriesColors.ofGroup(name))
        + "\"></span>" + escape(name);
  }

  /** A table; cells are HTML already (escape text before), the first row is the header. */
  public static void table(StringBuilder out, List<List<String>> rows, String cssClass) {
    out.append("<div class=\"scroll\"><table").append(cssClass == null ? "" : " class=\"" + cssClass + "\"")
        .append(">\n<thead><tr>");
    for (String cell : rows.get(0)) {
      out.append("<th>").append(cell).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (List<String> row : rows.subList(1, rows.size())) {
      out.append("<tr>");
      for (String cell : row) {
        if (cell.startsWith("<td")) {
          out.append(cell);
        } else {
          out.append("<td>").append(cell).append("</td>");
        }
      }
      out.append("</tr>\n");
    }
    out.append("</tbody></table></div>\n");
  }

  /** A chart as an inline SVG image (a data: URI), so the page needs no other file and prints sharply. */
  static void figure(StringBuilder out, ChartImage chart) {
    String data = Base64.getEncoder().encodeToString(chart.svg().getBytes(StandardCharsets.UTF_8));
    out.append("<figure id=\"chart-").append(escape(chart.name())).append("\">")
        .append("<img src=\"data:image/svg+xml;base64,").append(data).append("\" width=\"").append(chart.width())
        .append("\" height=\"").append(chart.height()).append("\" alt=\"").append(escape(chart.title())).append("\">")
        .append("<figcaption>").append(escape(chart.title())).append(" (charts/").append(escape(chart.name()))
        .append(".png, .svg)</figcaption></figure>\n");
  }

  static void open(StringBuilder out, String title) {
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"ccsim\">\n")
        .append("<title>").append(escape(title)).append("</title>\n<style>\n").append(STYLE).append("</style>\n")
        .append("</head>\n<body>\n");
  }

  static void close(StringBuilder out) {
    out.append("</body>\n</html>\n");
  }
}
