package org.peninsula.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.peninsula.report.chart.Chart;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Every chart builder yields a PNG of the requested size and a well-formed SVG. */
class ChartBuildersTest {

  static Stream<Arguments> charts() {
    return SampleData.everyChart().entrySet().stream()
        .map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("charts")
  void pngHasTheRequestedSizeAndIsNotBlank(String name, Chart chart) throws IOException {
    byte[] png = chart.png(640, 420);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertEquals(640, image.getWidth(), name);
    assertEquals(420, image.getHeight(), name);
    assertTrue(distinctColours(image) > 8, name + " looks blank");

    BufferedImage full = ImageIO.read(new ByteArrayInputStream(chart.png()));
    assertEquals(chart.width(), full.getWidth());
    assertEquals(chart.height(), full.getHeight());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("charts")
  void svgIsWellFormedAndHasText(String name, Chart chart) throws Exception {
    String svg = chart.svg(800, 500);
    Document doc = parseXml(svg);
    assertEquals("svg", doc.getDocumentElement().getLocalName(), name);
    NodeList texts = doc.getElementsByTagNameNS("*", "text");
    assertTrue(texts.getLength() > 5, name + " has axis and title text");
    assertTrue(svg.contains(escapeXml(chart.title())) || svg.contains(chart.title()),
        name + " contains its title");
    assertFalse(svg.contains("<script"), name + ": a name must never become markup");
  }

  @Test
  void chartNamesAreFileSafe() {
    for (Map.Entry<String, Chart> e : SampleData.everyChart().entrySet()) {
      assertTrue(e.getValue().name().matches("[a-z0-9]+(-[a-z0-9]+)*"), e.getValue().name());
    }
    assertEquals("chart", Chart.of("<>", SampleData.everyChart().get("fan").jfreeChart())
        .name());
  }

  static Document parseXml(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  private static String escapeXml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static int distinctColours(BufferedImage image) {
    java.util.Set<Integer> seen = new java.util.HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 3) {
      for (int x = 0; x < image.getWidth(); x += 3) {
        seen.add(image.getRGB(x, y));
        if (seen.size() > 64) {
          return seen.size();
        }
      }
    }
    return seen.size();
  }
}
