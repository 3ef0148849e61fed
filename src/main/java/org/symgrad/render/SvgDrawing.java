package org.symgrad.render;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * An SVG document being drawn: every glyph outline is defined once in {@code <defs>} and placed
 * with {@code <use>}, so a derivation that prints the same letters hundreds of times stays small.
 * Rules and other shapes are {@code <rect>} and {@code <path>} elements in paint order. Text is
 * drawn as shapes only, so the document needs no font to be viewed. Glyph ids are given in order
 * of first use and coordinates are written at 1/100 pixel, so equal drawings give equal bytes.
 */
final class SvgDrawing {
    private static final String ID_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private final Map<GlyphKey, String> glyphIds = new HashMap<>();
    private final StringBuilder defs = new StringBuilder();
    private final StringBuilder body = new StringBuilder();

    /** Places the glyph {@code key} with its origin at ({@code x}, {@code y}) in device pixels. */
    void glyph(GlyphKey key, Supplier<Shape> outline, double x, double y, Color color) {
        String id = glyphIds.get(key);
        if (id == null) {
            Shape shape = outline.get();
            if (PathData.isEmpty(shape)) {
                return; // a space: nothing to define or place
            }
            id = idOf(glyphIds.size());
            glyphIds.put(key, id);
            defs.append("<path id=\"").append(id).append("\" d=\"").append(PathData.of(shape)).append('"')
                    .append(fillRule(shape)).append("/>\n");
        }
        body.append("<use xlink:href=\"#").append(id).append("\" x=\"").append(SvgNumbers.format(x))
                .append("\" y=\"").append(SvgNumbers.format(y)).append('"').append(fill(color)).append("/>\n");
    }

    /** An axis-aligned rectangle in device pixels (a fraction bar, a rule). */
    void rect(double x, double y, double width, double height, Color color) {
        body.append("<rect x=\"").append(SvgNumbers.format(x)).append("\" y=\"").append(SvgNumbers.format(y))
                .append("\" width=\"").append(SvgNumbers.format(width)).append("\" height=\"")
                .append(SvgNumbers.format(height)).append('"').append(fill(color)).append("/>\n");
    }

    /** Any other filled shape, already in device pixels. */
    void path(Shape shape, Color color) {
        String d = PathData.of(shape);
        if (d.isEmpty()) {
            return;
        }
        body.append("<path d=\"").append(d).append('"').append(fillRule(shape)).append(fill(color)).append("/>\n");
    }

    /** The standalone document, {@code width} × {@code height} pixels, one element per line. */
    String document(int width, int height) {
        StringBuilder svg = new StringBuilder(defs.length() + body.length() + 300);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"")
                .append(" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\">\n");
        if (!defs.isEmpty()) {
            svg.append("<defs>\n").append(defs).append("</defs>\n");
        }
        return svg.append(body).append("</svg>\n").toString();
    }

    /** Glyph ids a, b, …, Z, ba, bb, …: letters only, so each is a valid XML id. */
    static String idOf(int n) {
        StringBuilder id = new StringBuilder();
        int base = ID_LETTERS.length();
        do {
            id.append(ID_LETTERS.charAt(n % base));
            n /= base;
        } while (n > 0);
        return id.reverse().toString();
    }

    private static String fill(Color color) {
        String rgb = (color.getRGB() & 0xFFFFFF) == 0 ? ""
                : String.format(java.util.Locale.ROOT, " fill=\"#%06x\"", color.getRGB() & 0xFFFFFF);
        return color.getAlpha() == 255 ? rgb
                : rgb + " fill-opacity=\"" + SvgNumbers.format(color.getAlpha() / 255.0) + '"';
    }

    private static String fillRule(Shape shape) {
        int rule = shape instanceof Path2D p ? p.getWindingRule() : shape.getPathIterator(null).getWindingRule();
        return rule == PathIterator.WIND_EVEN_ODD ? " fill-rule=\"evenodd\"" : "";
    }
}
