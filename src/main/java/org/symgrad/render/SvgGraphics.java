package org.symgrad.render;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.GraphicsConfiguration;
import java.awt.Image;
import java.awt.Paint;
import java.awt.Polygon;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.BufferedImageOp;
import java.awt.image.ImageObserver;
import java.awt.image.RenderedImage;
import java.awt.image.renderable.RenderableImage;
import java.text.AttributedCharacterIterator;
import java.util.Map;

/**
 * A {@link Graphics2D} that draws into an {@link SvgDrawing} instead of pixels: the vector
 * operations jlatexmath uses (glyphs, filled and stroked shapes, transforms, colours). Glyphs
 * become shared outlines placed by {@code <use>}; a stroke is drawn as its filled outline, as a
 * raster device would cover it. It needs no display, no graphics environment and no toolkit.
 *
 * <p>What an SVG document of shapes cannot hold — images, XOR mode, copying pixels, clipping,
 * non-colour paints — is refused with {@link UnsupportedOperationException} rather than silently
 * dropped; jlatexmath's formulas use none of it.
 */
final class SvgGraphics extends Graphics2D {
    /** Outlines are taken unhinted, at the font's own size, with fractional advances. */
    private static final FontRenderContext OUTLINES = new FontRenderContext(null, true, true);

    private final SvgDrawing drawing;
    private AffineTransform transform = new AffineTransform();
    private Color color = Color.BLACK;
    private Color background = Color.WHITE;
    private Stroke stroke = new BasicStroke();
    private Font font = new Font(Font.SERIF, Font.PLAIN, 12);
    private Composite composite = AlphaComposite.SrcOver;
    private final RenderingHints hints = new RenderingHints(null);

    SvgGraphics(SvgDrawing drawing) {
        this.drawing = drawing;
    }

    private SvgGraphics(SvgGraphics from) {
        this.drawing = from.drawing;
        this.transform = new AffineTransform(from.transform);
        this.color = from.color;
        this.background = from.background;
        this.stroke = from.stroke;
        this.font = from.font;
        this.composite = from.composite;
        this.hints.putAll(from.hints);
    }

    @Override
    public Graphics create() {
        return new SvgGraphics(this);
    }

    @Override
    public void dispose() {
        // nothing to release: the drawing outlives every copy of the graphics
    }

    // ---- shapes

    @Override
    public void fill(Shape s) {
        Color c = inkColor();
        if (s instanceof Rectangle2D r && transform.getShearX() == 0 && transform.getShearY() == 0) {
            Rectangle2D d = transform.createTransformedShape(r).getBounds2D();
            drawing.rect(d.getX(), d.getY(), d.getWidth(), d.getHeight(), c);
        } else {
            drawing.path(transform.createTransformedShape(s), c);
        }
    }

    @Override
    public void draw(Shape s) {
        fill(stroke.createStrokedShape(s));
    }

    @Override
    public boolean hit(Rectangle rect, Shape s, boolean onStroke) {
        Shape shape = onStroke ? stroke.createStrokedShape(s) : s;
        return transform.createTransformedShape(shape).intersects(rect);
    }

    @Override
    public void drawLine(int x1, int y1, int x2, int y2) {
        draw(new Line2D.Float(x1, y1, x2, y2));
    }

    @Override
    public void fillRect(int x, int y, int width, int height) {
        fill(new Rectangle(x, y, width, height));
    }

    @Override
    public void clearRect(int x, int y, int width, int height) {
        Color ink = color;
        color = background;
        try {
            fill(new Rectangle(x, y, width, height));
        } finally {
            color = ink;
        }
    }

    @Override
    public void drawRoundRect(int x, int y, int width, int height, int arcWidth, int arcHeight) {
        draw(new RoundRectangle2D.Float(x, y, width, height, arcWidth, arcHeight));
    }

    @Override
    public void fillRoundRect(int x, int y, int width, int height, int arcWidth, int arcHeight) {
        fill(new RoundRectangle2D.Float(x, y, width, height, arcWidth, arcHeight));
    }

    @Override
    public void drawOval(int x, int y, int width, int height) {
        draw(new Ellipse2D.Float(x, y, width, height));
    }

    @Override
    public void fillOval(int x, int y, int width, int height) {
        fill(new Ellipse2D.Float(x, y, width, height));
    }

    @Override
    public void drawArc(int x, int y, int width, int height, int startAngle, int arcAngle) {
        draw(new Arc2D.Float(x, y, width, height, startAngle, arcAngle, Arc2D.OPEN));
    }

    @Override
    public void fillArc(int x, int y, int width, int height, int startAngle, int arcAngle) {
        fill(new Arc2D.Float(x, y, width, height, startAngle, arcAngle, Arc2D.PIE));
    }

    @Override
    public void drawPolyline(int[] xPoints, int[] yPoints, int nPoints) {
        if (nPoints < 1) {
            return;
        }
        Path2D.Float line = new Path2D.Float();
        line.moveTo(xPoints[0], yPoints[0]);
        for (int i = 1; i < nPoints; i++) {
            line.lineTo(xPoints[i], yPoints[i]);
        }
        draw(line);
    }

    @Override
    public void drawPolygon(int[] xPoints, int[] yPoints, int nPoints) {
        draw(new Polygon(xPoints, yPoints, nPoints));
    }

    @Override
    public void fillPolygon(int[] xPoints, int[] yPoints, int nPoints) {
        fill(new Polygon(xPoints, yPoints, nPoints));
    }

    // ---- text, always as outlines

    @Override
    public void drawString(String str, int x, int y) {
        drawString(str, (float) x, (float) y);
    }

    @Override
    public void drawString(String str, float x, float y) {
        drawGlyphVector(font.createGlyphVector(OUTLINES, str), x, y);
    }

    @Override
    public void drawString(AttributedCharacterIterator iterator, int x, int y) {
        drawString(iterator, (float) x, (float) y);
    }

    @Override
    public void drawString(AttributedCharacterIterator iterator, float x, float y) {
        new TextLayout(iterator, OUTLINES).draw(this, x, y); // lays out, then calls drawGlyphVector
    }

    @Override
    public void drawGlyphVector(GlyphVector glyphs, float x, float y) {
        Color c = inkColor();
        Font f = glyphs.getFont();
        for (int i = 0; i < glyphs.getNumGlyphs(); i++) {
            Point2D at = glyphs.getGlyphPosition(i);
            AffineTransform placed = new AffineTransform(transform);
            placed.translate(x + at.getX(), y + at.getY());
            AffineTransform own = glyphs.getGlyphTransform(i);
            if (own != null) {
                placed.concatenate(own);
            }
            AffineTransform linear = new AffineTransform(placed.getScaleX(), placed.getShearY(),
                    placed.getShearX(), placed.getScaleY(), 0, 0);
            int code = glyphs.getGlyphCode(i);
            GlyphKey key = new GlyphKey(f, code, linear.getScaleX(), linear.getShearY(), linear.getShearX(),
                    linear.getScaleY());
            drawing.glyph(key, () -> linear.createTransformedShape(outline(f, code)),
                    placed.getTranslateX(), placed.getTranslateY(), c);
        }
    }

    private static Shape outline(Font f, int glyphCode) {
        return f.createGlyphVector(OUTLINES, new int[] {glyphCode}).getGlyphOutline(0);
    }

    @Override
    public FontRenderContext getFontRenderContext() {
        return OUTLINES;
    }

    @Override
    public Font getFont() {
        return font;
    }

    @Override
    public void setFont(Font font) {
        if (font != null) {
            this.font = font;
        }
    }

    @Override
    public FontMetrics getFontMetrics(Font f) {
        throw unsupported("font metrics (they belong to a screen device)");
    }

    // ---- transform

    @Override
    public void translate(int x, int y) {
        transform.translate(x, y);
    }

    @Override
    public void translate(double tx, double ty) {
        transform.translate(tx, ty);
    }

    @Override
    public void rotate(double theta) {
        transform.rotate(theta);
    }

    @Override
    public void rotate(double theta, double x, double y) {
        transform.rotate(theta, x, y);
    }

    @Override
    public void scale(double sx, double sy) {
        transform.scale(sx, sy);
    }

    @Override
    public void shear(double shx, double shy) {
        transform.shear(shx, shy);
    }

    @Override
    public void transform(AffineTransform tx) {
        transform.concatenate(tx);
    }

    @Override
    public void setTransform(AffineTransform tx) {
        transform = new AffineTransform(tx);
    }

    @Override
    public AffineTransform getTransform() {
        return new AffineTransform(transform);
    }

    // ---- colour, stroke, composite, hints

    @Override
    public Color getColor() {
        return color;
    }

    @Override
    public void setColor(Color c) {
        if (c != null) {
            color = c;
        }
    }

    @Override
    public Paint getPaint() {
        return color;
    }

    @Override
    public void setPaint(Paint paint) {
        if (paint == null) {
            return;
        }
        if (!(paint instanceof Color c)) {
            throw unsupported("paints other than a plain colour");
        }
        color = c;
    }

    @Override
    public Color getBackground() {
        return background;
    }

    @Override
    public void setBackground(Color color) {
        background = color;
    }

    @Override
    public Stroke getStroke() {
        return stroke;
    }

    @Override
    public void setStroke(Stroke s) {
        stroke = s;
    }

    @Override
    public Composite getComposite() {
        return composite;
    }

    @Override
    public void setComposite(Composite comp) {
        if (!(comp instanceof AlphaComposite a) || a.getRule() != AlphaComposite.SRC_OVER) {
            throw unsupported("composites other than source-over");
        }
        composite = comp;
    }

    @Override
    public void setPaintMode() {
        composite = AlphaComposite.SrcOver;
    }

    @Override
    public void setXORMode(Color c1) {
        throw unsupported("XOR mode");
    }

    @Override
    public void setRenderingHint(RenderingHints.Key hintKey, Object hintValue) {
        hints.put(hintKey, hintValue);
    }

    @Override
    public Object getRenderingHint(RenderingHints.Key hintKey) {
        return hints.get(hintKey);
    }

    @Override
    public void setRenderingHints(Map<?, ?> newHints) {
        hints.clear();
        hints.putAll(newHints);
    }

    @Override
    public void addRenderingHints(Map<?, ?> newHints) {
        hints.putAll(newHints);
    }

    @Override
    public RenderingHints getRenderingHints() {
        return (RenderingHints) hints.clone();
    }

    /** The colour the next shape is filled with: the current colour, faded by the composite's alpha. */
    private Color inkColor() {
        float alpha = ((AlphaComposite) composite).getAlpha();
        if (alpha >= 1f) {
            return color;
        }
        return new Color(color.getRed(), color.getGreen(), color.getBlue(), Math.round(color.getAlpha() * alpha));
    }

    // ---- clipping: none (the whole document is the drawing area)

    @Override
    public Shape getClip() {
        return null;
    }

    @Override
    public Rectangle getClipBounds() {
        return null;
    }

    @Override
    public void setClip(Shape clip) {
        if (clip != null) {
            throw unsupported("clipping");
        }
    }

    @Override
    public void setClip(int x, int y, int width, int height) {
        throw unsupported("clipping");
    }

    @Override
    public void clip(Shape s) {
        throw unsupported("clipping");
    }

    @Override
    public void clipRect(int x, int y, int width, int height) {
        throw unsupported("clipping");
    }

    // ---- what an SVG of shapes cannot hold

    @Override
    public GraphicsConfiguration getDeviceConfiguration() {
        throw unsupported("a device configuration");
    }

    @Override
    public void copyArea(int x, int y, int width, int height, int dx, int dy) {
        throw unsupported("copying pixels");
    }

    @Override
    public boolean drawImage(Image img, AffineTransform xform, ImageObserver obs) {
        throw unsupported("images");
    }

    @Override
    public void drawImage(BufferedImage img, BufferedImageOp op, int x, int y) {
        throw unsupported("images");
    }

    @Override
    public void drawRenderedImage(RenderedImage img, AffineTransform xform) {
        throw unsupported("images");
    }

    @Override
    public void drawRenderableImage(RenderableImage img, AffineTransform xform) {
        throw unsupported("images");
    }

    @Override
    public boolean drawImage(Image img, int x, int y, ImageObserver observer) {
        throw unsupported("images");
    }

    @Override
    public boolean drawImage(Image img, int x, int y, int width, int height, ImageObserver observer) {
        throw unsupported("images");
    }

    @Override
    public boolean drawImage(Image img, int x, int y, Color bgcolor, ImageObserver observer) {
        throw unsupported("images");
    }

    @Override
    public boolean drawImage(Image img, int x, int y, int width, int height, Color bgcolor, ImageObserver observer) {
        throw unsupported("images");
    }

    @Override
    public boolean drawImage(Image img, int dx1, int dy1, int dx2, int dy2, int sx1, int sy1, int sx2, int sy2,
            ImageObserver observer) {
        throw unsupported("images");
    }

    @Override
    public boolean drawImage(Image img, int dx1, int dy1, int dx2, int dy2, int sx1, int sy1, int sx2, int sy2,
            Color bgcolor, ImageObserver observer) {
        throw unsupported("images");
    }

    private static UnsupportedOperationException unsupported(String what) {
        return new UnsupportedOperationException("an SVG image of shapes cannot hold " + what);
    }
}
