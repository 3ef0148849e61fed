package org.symgrad.render;

import java.awt.Font;

/**
 * One glyph outline as a {@code <defs>} entry of an SVG document: a glyph of a font drawn under a
 * linear transform (scale, rotation, shear — the translation is the placement, not the shape).
 * Glyphs with equal keys have identical outlines and share one definition.
 */
record GlyphKey(Font font, int glyphCode, double m00, double m10, double m01, double m11) {
}
