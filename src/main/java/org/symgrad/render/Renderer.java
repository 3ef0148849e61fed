package org.symgrad.render;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.scilab.forge.jlatexmath.TeXIcon;
import org.symgrad.error.InputException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Renders a LaTeX formula (math mode, as jlatexmath reads it) to a PNG or SVG image: 20 pt,
 * black on a white background, 10 px padding. Works headless. A multi-line derivation is passed
 * as an {@code aligned} environment ({@code \begin{aligned} … \end{aligned}}), since jlatexmath
 * has no {@code align*}.
 *
 * <p>SVG output draws every glyph as a {@code <path>} (no {@code <text>}, no font needed to view
 * it) and is deterministic: the same formula gives the same bytes. Input jlatexmath cannot read
 * raises {@link InputException}.
 */
public final class Renderer {
    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE[^>]*>\\s*");

    static {
        // Rendering never opens a window; without this AWT may look for a display.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private Renderer() {
    }

    /** The formula as PNG bytes (8-bit RGB). */
    public static byte[] png(String latex) {
        TeXIcon icon = FormulaLayout.layout(latex);
        int width = Math.max(1, icon.getIconWidth());
        int height = Math.max(1, icon.getIconHeight());
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            icon.paintIcon(null, g, 0, 0);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("PNG encoding failed", e);
        }
        return bytes.toByteArray();
    }

    /** Writes the formula as a PNG file. */
    public static void png(String latex, Path out) throws IOException {
        Files.write(out, png(latex));
    }

    /** The formula as a standalone SVG document (UTF-8 text), glyphs drawn as paths. */
    public static String svg(String latex) {
        TeXIcon icon = FormulaLayout.layout(latex);
        int width = Math.max(1, icon.getIconWidth());
        int height = Math.max(1, icon.getIconHeight());

        Document document = GenericDOMImplementation.getDOMImplementation().createDocument(SVG_NS, "svg", null);
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
        context.setComment(null);
        context.setEmbeddedFontsOn(false);
        context.setPrecision(4);
        SVGGraphics2D g = new SVGGraphics2D(context, true); // true: text as shapes
        g.setSVGCanvasSize(new Dimension(width, height));
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        icon.paintIcon(null, g, 0, 0);

        Element root = g.getRoot();
        root.setAttributeNS(null, "viewBox", "0 0 " + width + " " + height);
        StringWriter text = new StringWriter();
        try {
            g.stream(root, text, true, false);
        } catch (IOException e) {
            throw new UncheckedIOException("SVG serialisation failed", e);
        } finally {
            g.dispose();
        }
        // Batik writes an SVG 1.0 DOCTYPE; SVG 2 drops it, and it makes validating parsers fetch the DTD.
        return DOCTYPE.matcher(text.toString()).replaceFirst("");
    }

    /** Writes the formula as an SVG file (UTF-8). */
    public static void svg(String latex, Path out) throws IOException {
        Files.writeString(out, svg(latex), StandardCharsets.UTF_8);
    }

    /**
     * Writes the formula to {@code out} in the format its extension names: {@code .png} or
     * {@code .svg} (any case). Any other extension is an {@link InputException}.
     */
    public static void write(String latex, Path out) throws IOException {
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".png")) {
            png(latex, out);
        } else if (name.endsWith(".svg")) {
            svg(latex, out);
        } else {
            throw new InputException("cannot tell the image format of '" + out
                    + "': the file name must end in .png or .svg");
        }
    }
}
