package org.symgrad.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.symgrad.error.InputException;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class RendererTest {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final String SIGMOID = "\\frac{\\partial \\sigma(x)}{\\partial x} = \\sigma(x)\\left(1 - \\sigma(x)\\right)";
    private static final String DERIVATION = """
            \\begin{aligned}
            \\frac{\\partial y_i}{\\partial x_j}
              &= \\frac{\\partial}{\\partial x_j} \\frac{e^{x_i}}{\\sum_k e^{x_k}} && \\text{(definition)} \\\\
              &= \\frac{e^{x_i} \\delta_{ij}}{\\sum_k e^{x_k}} - \\frac{e^{x_i} e^{x_j}}{\\left(\\sum_k e^{x_k}\\right)^2} && \\text{(chain rule)} \\\\
              &= y_i \\left(\\delta_{ij} - y_j\\right) && \\text{(factor)}
            \\end{aligned}""";

    @Test
    void pngHasSignatureAndReadableDimensions() throws IOException {
        byte[] png = Renderer.png(SIGMOID);
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(png, PNG_SIGNATURE.length));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertTrue(image.getWidth() > 50, "width " + image.getWidth());
        assertTrue(image.getHeight() > 2 * FormulaLayout.PADDING_PX, "height " + image.getHeight());
        assertTrue(image.getWidth() > image.getHeight(), "a one-line formula is wider than high");
    }

    @Test
    void pngIsBlackInkOnWhiteWithPadding() throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(Renderer.png(SIGMOID)));
        assertEquals(0xFFFFFF, image.getRGB(0, 0) & 0xFFFFFF, "corner is background");
        int dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int luminance = ((rgb >> 16 & 0xFF) + (rgb >> 8 & 0xFF) + (rgb & 0xFF)) / 3;
                if (luminance < 128) {
                    dark++;
                    boolean inPadding = x < FormulaLayout.PADDING_PX / 2 || y < FormulaLayout.PADDING_PX / 2
                            || x >= image.getWidth() - FormulaLayout.PADDING_PX / 2
                            || y >= image.getHeight() - FormulaLayout.PADDING_PX / 2;
                    assertTrue(!inPadding, "ink at the border (" + x + "," + y + ")");
                }
            }
        }
        assertTrue(dark > 100, "some glyphs are drawn: " + dark + " dark pixels");
    }

    @Test
    void multiLineAlignedDerivationRendersTallerThanOneLine() throws IOException {
        BufferedImage one = ImageIO.read(new ByteArrayInputStream(Renderer.png(SIGMOID)));
        BufferedImage three = ImageIO.read(new ByteArrayInputStream(Renderer.png(DERIVATION)));
        assertTrue(three.getHeight() > 2 * one.getHeight(),
                "three lines: " + three.getHeight() + " px, one line: " + one.getHeight() + " px");
        assertTrue(three.getWidth() > 200, "width " + three.getWidth());
        String svg = Renderer.svg(DERIVATION);
        assertTrue(countOf(svg, "<path") > countOf(Renderer.svg(SIGMOID), "<path"));
    }

    @Test
    void svgIsXmlWithSvgRootAndGlyphsAsPaths() throws Exception {
        String svg = Renderer.svg(SIGMOID);
        Document doc = parse(svg);
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        assertEquals("http://www.w3.org/2000/svg", doc.getDocumentElement().getNamespaceURI());
        assertTrue(doc.getElementsByTagNameNS("*", "path").getLength() > 5, "glyph outlines");
        assertEquals(0, doc.getElementsByTagNameNS("*", "text").getLength(), "no <text> elements");
        assertTrue(!svg.contains("<text"), "no <text");
        assertTrue(!svg.contains("@font-face") && !svg.contains("<font"), "no embedded fonts");
        assertTrue(!svg.contains("<!DOCTYPE"), "no DOCTYPE that would make parsers fetch the SVG 1.0 DTD");
        int width = Integer.parseInt(doc.getDocumentElement().getAttribute("width").replaceAll("[^0-9]", ""));
        assertTrue(width > 50, "width " + width);
        assertTrue(doc.getDocumentElement().getAttribute("viewBox").startsWith("0 0 "));
    }

    @Test
    void svgAndPngAreDeterministic() {
        assertEquals(Renderer.svg(DERIVATION), Renderer.svg(DERIVATION));
        assertArrayEquals(Renderer.png(DERIVATION), Renderer.png(DERIVATION));
    }

    @Test
    void invalidLatexIsAnInputError() {
        for (String bad : new String[] {"\\nosuchcommand{x}", "a}", "\\left( x", "\\begin{aligned} x \\end{matrix}", "a & b"}) {
            InputException e = assertThrows(InputException.class, () -> Renderer.png(bad), bad);
            assertTrue(e.getMessage().startsWith("cannot render LaTeX"), e.getMessage());
            assertThrows(InputException.class, () -> Renderer.svg(bad), bad);
        }
    }

    @Test
    void emptyFormulaIsAnInputError() {
        assertThrows(InputException.class, () -> Renderer.png(""));
        assertThrows(InputException.class, () -> Renderer.svg("   "));
    }

    @Test
    void writeChoosesTheFormatByExtension(@TempDir Path dir) throws IOException {
        Path png = dir.resolve("d.PNG");
        Path svg = dir.resolve("d.svg");
        Renderer.write(SIGMOID, png);
        Renderer.write(SIGMOID, svg);
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(Files.readAllBytes(png), PNG_SIGNATURE.length));
        assertTrue(Files.readString(svg, StandardCharsets.UTF_8).contains("<svg"));
        InputException e = assertThrows(InputException.class, () -> Renderer.write(SIGMOID, dir.resolve("d.gif")));
        assertTrue(e.getMessage().contains(".png or .svg"), e.getMessage());
        assertTrue(!Files.exists(dir.resolve("d.gif")));
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static int countOf(String haystack, String needle) {
        int count = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            count++;
        }
        return count;
    }
}
