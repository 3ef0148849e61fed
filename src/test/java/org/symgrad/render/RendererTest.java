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
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.symgrad.error.InputException;
import org.symgrad.error.LimitException;
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
    void pngHasTwoPixelsPerPointUnlessAScaleIsGiven() throws IOException {
        BufferedImage one = ImageIO.read(new ByteArrayInputStream(Renderer.png(SIGMOID, 1)));
        BufferedImage two = ImageIO.read(new ByteArrayInputStream(Renderer.png(SIGMOID)));
        BufferedImage three = ImageIO.read(new ByteArrayInputStream(Renderer.png(SIGMOID, 3)));
        assertEquals(2 * one.getWidth(), two.getWidth());
        assertEquals(2 * one.getHeight(), two.getHeight());
        assertEquals(3 * one.getWidth(), three.getWidth());
        assertEquals(3 * one.getHeight(), three.getHeight());
        BufferedImage half = ImageIO.read(new ByteArrayInputStream(Renderer.png(SIGMOID, 0.5)));
        assertEquals((one.getWidth() + 1) / 2, half.getWidth());
    }

    @Test
    void pngRecordsItsResolutionSoItShowsAtTheFormulasSize() {
        // pHYs: pixels per metre for x and y, then unit 1 (metre); 72 dpi per unit of scale.
        assertEquals(List.of(2835L, 2835L, 1L), physicalChunk(Renderer.png(SIGMOID, 1)));
        assertEquals(List.of(5669L, 5669L, 1L), physicalChunk(Renderer.png(SIGMOID)));
    }

    @Test
    void scaleOutsideItsRangeIsAnInputError() {
        for (double bad : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY, Renderer.MAX_SCALE + 1}) {
            InputException e = assertThrows(InputException.class, () -> Renderer.png(SIGMOID, bad), "" + bad);
            assertTrue(e.getMessage().contains("scale"), e.getMessage());
        }
    }

    @Test
    void anImageOfMoreThanTheMaximumPixelsIsALimit() {
        String tall = "\\begin{aligned}" + "x &= y \\\\".repeat(400) + "\\end{aligned}";
        LimitException e = assertThrows(LimitException.class, () -> Renderer.png(tall, Renderer.MAX_SCALE));
        assertEquals("image-size", e.limit());
    }

    @Test
    void svgDefinesEachGlyphOnceAndPlacesItWithUse() throws Exception {
        String svg = Renderer.svg(DERIVATION);
        SvgPicture picture = SvgPicture.parse(svg); // fails on a <use> of an undefined glyph
        List<String> outlines = new ArrayList<>();
        Matcher m = Pattern.compile("<path id=\"[a-zA-Z]+\" d=\"([^\"]*)\"").matcher(svg);
        while (m.find()) {
            outlines.add(m.group(1));
        }
        assertEquals(picture.glyphs.size(), outlines.size());
        assertEquals(outlines.size(), new HashSet<>(outlines).size(), "no outline defined twice");
        assertTrue(picture.uses > outlines.size() + 20, picture.uses + " glyphs placed, " + outlines.size() + " defined");
        assertTrue(svg.length() < 40 * picture.uses + 500 * outlines.size(),
                svg.length() + " bytes for " + picture.uses + " glyphs of " + outlines.size() + " shapes");
    }

    /**
     * The SVG, painted by an independent reader, shows what the PNG shows: at 4 pixels per point
     * no inked pixel of one lies more than a pixel away from ink in the other (anti-aliased edges
     * differ by less), so a glyph missing, doubled or moved by a quarter point would fail.
     */
    @Test
    void svgShowsThePictureThePngShows() throws Exception {
        for (String latex : List.of(SIGMOID, DERIVATION)) {
            BufferedImage png = ImageIO.read(new ByteArrayInputStream(Renderer.png(latex, 4)));
            BufferedImage svg = SvgPicture.parse(Renderer.svg(latex)).raster(4);
            assertEquals(png.getWidth(), svg.getWidth());
            assertEquals(png.getHeight(), svg.getHeight());
            boolean[][] inkPng = ink(png);
            boolean[][] inkSvg = ink(svg);
            int inked = 0;
            for (boolean[] row : inkPng) {
                for (boolean b : row) {
                    inked += b ? 1 : 0;
                }
            }
            assertTrue(inked > 5000, "ink " + inked);
            assertEquals(0, strayInk(inkPng, inkSvg), "PNG ink away from the SVG's");
            assertEquals(0, strayInk(inkSvg, inkPng), "SVG ink away from the PNG's");
        }
    }

    private static boolean[][] ink(BufferedImage image) {
        boolean[][] ink = new boolean[image.getHeight()][image.getWidth()];
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                ink[y][x] = dark(image.getRGB(x, y));
            }
        }
        return ink;
    }

    /** Pixels inked in {@code a} with no ink in {@code b} at them or next to them. */
    private static int strayInk(boolean[][] a, boolean[][] b) {
        int stray = 0;
        for (int y = 0; y < a.length; y++) {
            for (int x = 0; x < a[y].length; x++) {
                if (a[y][x] && !near(b, x, y)) {
                    stray++;
                }
            }
        }
        return stray;
    }

    private static boolean near(boolean[][] ink, int x, int y) {
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                int yy = y + dy;
                int xx = x + dx;
                if (yy >= 0 && yy < ink.length && xx >= 0 && xx < ink[yy].length && ink[yy][xx]) {
                    return true;
                }
            }
        }
        return false;
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

    private static boolean dark(int rgb) {
        return ((rgb >> 16 & 0xFF) + (rgb >> 8 & 0xFF) + (rgb & 0xFF)) / 3 < 128;
    }

    /** The three fields of the PNG's pHYs chunk. */
    private static List<Long> physicalChunk(byte[] png) {
        ByteBuffer b = ByteBuffer.wrap(png);
        for (int i = PNG_SIGNATURE.length; i < png.length;) {
            int length = b.getInt(i);
            String type = new String(png, i + 4, 4, StandardCharsets.US_ASCII);
            if (type.equals("pHYs")) {
                return List.of(b.getInt(i + 8) & 0xFFFFFFFFL, b.getInt(i + 12) & 0xFFFFFFFFL, (long) png[i + 16]);
            }
            i += 12 + length;
        }
        throw new AssertionError("no pHYs chunk");
    }

    private static int countOf(String haystack, String needle) {
        int count = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            count++;
        }
        return count;
    }
}
