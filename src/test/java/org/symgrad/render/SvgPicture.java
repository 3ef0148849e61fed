package org.symgrad.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * A reader of the SVG documents {@link SvgDrawing} writes, independent of it: parses the glyph
 * definitions, {@code <use>}, {@code <rect>} and {@code <path>} elements back into Java2D shapes
 * and paints them, so a test can compare the picture an SVG shows with the PNG of the same formula.
 * It reads only the path commands the writer emits ({@code m l h v q c z}, relative, letters
 * possibly left out when repeated) and fails on anything else.
 */
final class SvgPicture {
    private static final Pattern TOKEN = Pattern.compile("[mlhvqcz]|-?(?:\\d+\\.?\\d*|\\.\\d+)");

    final int width;
    final int height;
    /** The shapes in paint order, in device pixels, each with its fill colour. */
    final List<Map.Entry<Shape, Color>> shapes = new ArrayList<>();
    final Map<String, Shape> glyphs = new HashMap<>();
    int uses;

    private SvgPicture(int width, int height) {
        this.width = width;
        this.height = height;
    }

    static SvgPicture parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        Element root = doc.getDocumentElement();
        SvgPicture picture = new SvgPicture(Integer.parseInt(root.getAttribute("width")),
                Integer.parseInt(root.getAttribute("height")));
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) {
                continue;
            }
            switch (e.getLocalName()) {
                case "defs" -> {
                    for (Node d = e.getFirstChild(); d != null; d = d.getNextSibling()) {
                        if (d instanceof Element path) {
                            picture.glyphs.put(path.getAttribute("id"), path(path.getAttribute("d")));
                        }
                    }
                }
                case "use" -> {
                    String ref = e.getAttributeNS("http://www.w3.org/1999/xlink", "href");
                    Shape glyph = picture.glyphs.get(ref.substring(1));
                    if (glyph == null) {
                        throw new IllegalArgumentException("<use> of an undefined glyph " + ref);
                    }
                    AffineTransform at = AffineTransform.getTranslateInstance(
                            Double.parseDouble(e.getAttribute("x")), Double.parseDouble(e.getAttribute("y")));
                    picture.shapes.add(Map.entry(at.createTransformedShape(glyph), fill(e)));
                    picture.uses++;
                }
                case "rect" -> picture.shapes.add(Map.entry(new Rectangle2D.Double(
                        Double.parseDouble(e.getAttribute("x")), Double.parseDouble(e.getAttribute("y")),
                        Double.parseDouble(e.getAttribute("width")), Double.parseDouble(e.getAttribute("height"))),
                        fill(e)));
                case "path" -> picture.shapes.add(Map.entry(path(e.getAttribute("d")), fill(e)));
                default -> throw new IllegalArgumentException("unexpected element <" + e.getLocalName() + ">");
            }
        }
        return picture;
    }

    /** The picture at {@code scale} pixels per SVG unit, anti-aliased, on white. */
    BufferedImage raster(int scale) {
        BufferedImage image = new BufferedImage(width * scale, height * scale, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width * scale, height * scale);
        g.scale(scale, scale);
        for (Map.Entry<Shape, Color> s : shapes) {
            g.setColor(s.getValue());
            g.fill(s.getKey());
        }
        g.dispose();
        return image;
    }

    private static Color fill(Element e) {
        String fill = e.getAttribute("fill");
        return fill.isEmpty() ? Color.BLACK : Color.decode(fill);
    }

    /** Parses relative path data as the writer emits it. */
    static Path2D path(String d) {
        Path2D.Double p = new Path2D.Double();
        Matcher m = TOKEN.matcher(d);
        List<String> tokens = new ArrayList<>();
        int end = 0;
        while (m.find()) {
            if (!d.substring(end, m.start()).isBlank()) {
                throw new IllegalArgumentException("unexpected text in path data: " + d.substring(end, m.start()));
            }
            tokens.add(m.group());
            end = m.end();
        }
        double x = 0;
        double y = 0;
        double startX = 0;
        double startY = 0;
        char command = 0;
        for (int i = 0; i < tokens.size();) {
            String t = tokens.get(i);
            if (Character.isLetter(t.charAt(0))) {
                command = t.charAt(0);
                i++;
                if (command == 'z') {
                    p.closePath();
                    x = startX;
                    y = startY;
                    continue;
                }
            } else if (command == 'm' || command == 0 || command == 'z') {
                throw new IllegalArgumentException("a number without a command in " + d);
            }
            switch (command) {
                case 'm' -> {
                    x += num(tokens, i++);
                    y += num(tokens, i++);
                    p.moveTo(x, y);
                    startX = x;
                    startY = y;
                    command = 'M'; // a repeated pair would be a lineto, which the writer never relies on
                }
                case 'l' -> {
                    x += num(tokens, i++);
                    y += num(tokens, i++);
                    p.lineTo(x, y);
                }
                case 'h' -> {
                    x += num(tokens, i++);
                    p.lineTo(x, y);
                }
                case 'v' -> {
                    y += num(tokens, i++);
                    p.lineTo(x, y);
                }
                case 'q' -> {
                    double x1 = x + num(tokens, i++);
                    double y1 = y + num(tokens, i++);
                    x += num(tokens, i++);
                    y += num(tokens, i++);
                    p.quadTo(x1, y1, x, y);
                }
                case 'c' -> {
                    double x1 = x + num(tokens, i++);
                    double y1 = y + num(tokens, i++);
                    double x2 = x + num(tokens, i++);
                    double y2 = y + num(tokens, i++);
                    x += num(tokens, i++);
                    y += num(tokens, i++);
                    p.curveTo(x1, y1, x2, y2, x, y);
                }
                default -> throw new IllegalArgumentException("numbers after '" + command + "' in " + d);
            }
        }
        return p;
    }

    private static double num(List<String> tokens, int i) {
        return Double.parseDouble(tokens.get(i));
    }
}
