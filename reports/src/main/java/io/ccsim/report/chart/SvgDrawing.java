package io.ccsim.report.chart;

import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.StringWriter;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.svggen.SVGIDGenerator;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Draws a chart as a standalone SVG document with Apache Batik's SVG generator (Apache-2.0; it replaced
 * JFreeSVG, whose GPL-3.0 would have put the whole shaded jar under the GPL). The document is built on the
 * JDK's own DOM, so only batik-svggen and its small utility jars are needed, not Batik's SVG DOM.
 */
final class SvgDrawing {
  private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";

  private SvgDrawing() {}

  /**
   * The SVG text of {@code chart} drawn at {@code width} x {@code height}. Definition ids (clip paths) start
   * with {@code idPrefix} and count up from it, so the same chart gives the same bytes.
   */
  static String draw(JFreeChart chart, String idPrefix, int width, int height) {
    Document document;
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      document = factory.newDocumentBuilder().getDOMImplementation().createDocument(SVG_NAMESPACE, "svg", null);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser cannot create a document", e);
    }
    SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
    context.setComment(null);
    context.setIDGenerator(new PrefixedIds(idPrefix));
    SVGGraphics2D svg = new SVGGraphics2D(context, false);
    svg.setSVGCanvasSize(new Dimension(width, height));
    chart.draw(svg, new Rectangle2D.Double(0, 0, width, height));
    Element root = svg.getRoot();
    // A viewBox lets the browser scale the chart to the width the page gives its <img>.
    root.setAttributeNS(null, "viewBox", "0 0 " + width + " " + height);
    // The JDK's serializer, not Batik's stream(): Batik's pretty printer breaks every tag before its '>'
    // and adds a DOCTYPE that points at the W3C's server; this writes plain compact XML.
    StringWriter out = new StringWriter();
    try {
      Transformer transformer = TransformerFactory.newInstance().newTransformer();
      transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      transformer.transform(new DOMSource(root), new StreamResult(out));
    } catch (TransformerException e) {
      throw new IllegalStateException("cannot write the SVG of a chart into memory", e);
    }
    return out.toString();
  }

  /** Batik's counter ids (clipPath1, clipPath2, ...) behind a chart-specific prefix. */
  private static final class PrefixedIds extends SVGIDGenerator {
    private final String prefix;

    PrefixedIds(String prefix) {
      this.prefix = prefix;
    }

    @Override
    public String generateID(String kind) {
      return super.generateID(prefix + kind);
    }
  }
}
