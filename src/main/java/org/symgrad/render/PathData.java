package org.symgrad.render;

import java.awt.Shape;
import java.awt.geom.PathIterator;

/**
 * The SVG path data ({@code d} attribute) of a shape in device coordinates, at a fixed precision of
 * 1/100 pixel: relative commands ({@code m l h v q c z}), a command letter only where it changes,
 * no zero-length segments. Every point is rounded once, in absolute coordinates, and the relative
 * offsets are differences of rounded values, so no rounding error accumulates along an outline.
 */
final class PathData {
    private final StringBuilder out = new StringBuilder();
    private char command;
    private long x;
    private long y;
    private long startX;
    private long startY;

    private PathData() {
    }

    /** The path data of {@code shape}; empty when it draws nothing. */
    static String of(Shape shape) {
        PathData d = new PathData();
        double[] c = new double[6];
        for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> d.moveTo(c);
                case PathIterator.SEG_LINETO -> d.lineTo(c);
                case PathIterator.SEG_QUADTO -> d.curveTo('q', c, 2);
                case PathIterator.SEG_CUBICTO -> d.curveTo('c', c, 3);
                case PathIterator.SEG_CLOSE -> d.close();
                default -> throw new IllegalStateException("unknown path segment");
            }
        }
        return d.out.toString();
    }

    /** True when the shape has no segment at all (a space's outline). */
    static boolean isEmpty(Shape shape) {
        return shape.getPathIterator(null).isDone();
    }

    private void moveTo(double[] c) {
        long nx = SvgNumbers.hundredths(c[0]);
        long ny = SvgNumbers.hundredths(c[1]);
        // after 'm' further pairs would mean 'l', so every move names its letter
        command = 0;
        emit('m', nx - x, ny - y);
        x = startX = nx;
        y = startY = ny;
    }

    private void lineTo(double[] c) {
        long nx = SvgNumbers.hundredths(c[0]);
        long ny = SvgNumbers.hundredths(c[1]);
        if (nx == x && ny == y) {
            return;
        }
        if (ny == y) {
            emit('h', nx - x);
        } else if (nx == x) {
            emit('v', ny - y);
        } else {
            emit('l', nx - x, ny - y);
        }
        x = nx;
        y = ny;
    }

    private void curveTo(char letter, double[] c, int points) {
        long[] rel = new long[2 * points];
        boolean moves = false;
        for (int i = 0; i < points; i++) {
            rel[2 * i] = SvgNumbers.hundredths(c[2 * i]) - x;
            rel[2 * i + 1] = SvgNumbers.hundredths(c[2 * i + 1]) - y;
            moves |= rel[2 * i] != 0 || rel[2 * i + 1] != 0;
        }
        if (!moves) {
            return;
        }
        emit(letter, rel);
        x += rel[2 * points - 2];
        y += rel[2 * points - 1];
    }

    private void close() {
        out.append('z');
        command = 'z';
        x = startX;
        y = startY;
    }

    private void emit(char letter, long... numbers) {
        boolean separate = letter == command;
        if (!separate) {
            out.append(letter);
            command = letter == 'm' ? 0 : letter;
        }
        for (long n : numbers) {
            String s = SvgNumbers.format(n);
            if (separate && s.charAt(0) != '-') {
                out.append(' ');
            }
            out.append(s);
            separate = true;
        }
    }
}
