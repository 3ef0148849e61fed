package org.symgrad.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.scilab.forge.jlatexmath.TeXIcon;
import org.symgrad.error.InputException;
import org.symgrad.error.LimitException;

/**
 * Renders a LaTeX formula (math mode, as jlatexmath reads it) to a PNG or SVG image: 20 pt,
 * black on a white background, 10 pt padding. A multi-line derivation is passed as an
 * {@code aligned} environment ({@code \begin{aligned} … \end{aligned}}), since jlatexmath has no
 * {@code align*}. Input jlatexmath cannot read raises {@link InputException}.
 *
 * <p>PNG images have {@link #DEFAULT_SCALE} pixels per point unless a scale is given, and record
 * that resolution (72 dpi × scale) so that programs which honour it show them at the formula's
 * size. SVG images are 1 pixel per point; every glyph outline is defined once and placed where
 * it is used, there is no {@code <text>}, so no font is needed to view them. Both are
 * deterministic: the same formula and scale give the same bytes.
 *
 * <p>Rendering needs {@code org.scilab.forge:jlatexmath} on the class path, a dependency symgrad
 * declares optional: without it every method here throws {@link IllegalStateException} saying
 * so. The renderer sets no system property; on a machine with a display variable but no display
 * reachable, run the JVM with {@code -Djava.awt.headless=true}, as the {@code symgrad} command does.
 */
public final class Renderer {
    /** Pixels per point of a PNG image unless the caller says otherwise. */
    public static final double DEFAULT_SCALE = 2;
    /** The largest PNG scale accepted. */
    public static final double MAX_SCALE = 16;
    /** The most pixels one PNG image may have (a resource limit, exit code 3 on the command line). */
    static final long MAX_PIXELS = 100_000_000L;

    private static final String JLATEXMATH = "org.scilab.forge.jlatexmath.TeXFormula";

    private Renderer() {
    }

    /** The formula as PNG bytes (8-bit RGB) at {@link #DEFAULT_SCALE} pixels per point. */
    public static byte[] png(String latex) {
        return png(latex, DEFAULT_SCALE);
    }

    /**
     * The formula as PNG bytes (8-bit RGB) at {@code scale} pixels per point, a number in
     * (0, {@link #MAX_SCALE}]; another scale is an {@link InputException}, an image of more than
     * 100 million pixels a {@link LimitException}.
     */
    public static byte[] png(String latex, double scale) {
        requireScale(scale);
        requireJlatexmath();
        TeXIcon icon = FormulaLayout.layout(latex);
        int width = Math.max(1, (int) Math.ceil(icon.getIconWidth() * scale));
        int height = Math.max(1, (int) Math.ceil(icon.getIconHeight() * scale));
        if ((long) width * height > MAX_PIXELS) {
            throw new LimitException("image-size", "the image would be " + width + " × " + height
                    + " pixels, more than " + MAX_PIXELS + "; choose a smaller scale");
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.scale(scale, scale);
            icon.paintIcon(null, g, 0, 0);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            PngWriter.write(image, scale, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("PNG encoding failed", e);
        }
        return bytes.toByteArray();
    }

    /** Writes the formula as a PNG file at {@link #DEFAULT_SCALE} pixels per point. */
    public static void png(String latex, Path out) throws IOException {
        png(latex, out, DEFAULT_SCALE);
    }

    /** Writes the formula as a PNG file at {@code scale} pixels per point. */
    public static void png(String latex, Path out, double scale) throws IOException {
        Files.write(out, png(latex, scale));
    }

    /** The formula as a standalone SVG document (UTF-8 text), glyphs drawn as shared outlines. */
    public static String svg(String latex) {
        requireJlatexmath();
        TeXIcon icon = FormulaLayout.layout(latex);
        int width = Math.max(1, icon.getIconWidth());
        int height = Math.max(1, icon.getIconHeight());
        SvgDrawing drawing = new SvgDrawing();
        SvgGraphics g = new SvgGraphics(drawing);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        icon.paintIcon(null, g, 0, 0);
        return drawing.document(width, height);
    }

    /** Writes the formula as an SVG file (UTF-8). */
    public static void svg(String latex, Path out) throws IOException {
        Files.writeString(out, svg(latex), StandardCharsets.UTF_8);
    }

    /**
     * Writes the formula to {@code out} in the format its extension names: {@code .png} (at
     * {@link #DEFAULT_SCALE}) or {@code .svg}, in any case. Any other extension is an
     * {@link InputException}.
     */
    public static void write(String latex, Path out) throws IOException {
        write(latex, out, DEFAULT_SCALE);
    }

    /**
     * Writes the formula to {@code out} in the format its extension names: {@code .png} at
     * {@code scale} pixels per point, or {@code .svg} (vector: the scale is checked but does not
     * change it). Any other extension is an {@link InputException}.
     */
    public static void write(String latex, Path out, double scale) throws IOException {
        requireScale(scale);
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".png")) {
            png(latex, out, scale);
        } else if (name.endsWith(".svg")) {
            svg(latex, out);
        } else {
            throw new InputException("cannot tell the image format of '" + out
                    + "': the file name must end in .png or .svg");
        }
    }

    /** True when jlatexmath, the optional dependency rendering needs, is on the class path. */
    public static boolean isAvailable() {
        try {
            Class.forName(JLATEXMATH, false, Renderer.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static void requireJlatexmath() {
        if (!isAvailable()) {
            throw new IllegalStateException("rendering needs jlatexmath on the class path: add the dependency "
                    + "org.scilab.forge:jlatexmath:1.0.7 (symgrad declares it optional)");
        }
    }

    private static void requireScale(double scale) {
        if (!(scale > 0 && scale <= MAX_SCALE)) {
            throw new InputException("the image scale must be a number greater than 0 and at most "
                    + SvgNumbers.format(MAX_SCALE) + ", not " + scale);
        }
    }
}
