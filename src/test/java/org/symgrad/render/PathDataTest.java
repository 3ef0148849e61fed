package org.symgrad.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PathDataTest {
    @Test
    void aRectangleIsWrittenWithRelativeHorizontalAndVerticalLines() {
        assertEquals("m1.5 2h10v3h-10v-3z", PathData.of(new Rectangle2D.Double(1.5, 2, 10, 3)));
    }

    @Test
    void repeatedCommandsDropTheirLetterAndZeroLengthSegmentsVanish() {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(0, 0);
        p.lineTo(1, 1);
        p.lineTo(1.001, 1.001); // rounds to the current point
        p.lineTo(2, 3);
        p.lineTo(0, 4);
        p.closePath();
        assertEquals("m0 0l1 1 1 2-2 1z", PathData.of(p));
    }

    @Test
    void emptyShapeHasEmptyPathData() {
        assertEquals("", PathData.of(new Path2D.Double()));
        assertTrue(PathData.isEmpty(new Path2D.Double()));
    }

    /** Random outlines read back (by an independent parser) as the same segments at 1/100 px. */
    @Test
    void pathDataReadsBackAsTheShapeRoundedToHundredths() {
        Random random = new Random(7);
        for (int n = 0; n < 500; n++) {
            Path2D.Double shape = randomOutline(random);
            String d = PathData.of(shape);
            assertEquals(rounded(shape), rounded(SvgPicture.path(d)), d);
        }
    }

    private static Path2D.Double randomOutline(Random random) {
        Path2D.Double p = new Path2D.Double();
        double[] at = {coordinate(random), coordinate(random)};
        p.moveTo(at[0], at[1]);
        for (int i = 0; i < 1 + random.nextInt(30); i++) {
            switch (random.nextInt(7)) {
                case 0 -> p.lineTo(at[0] += 0.5 + random.nextInt(500) / 7.0, at[1]);      // horizontal
                case 1 -> p.lineTo(at[0], at[1] -= 0.5 + random.nextInt(500) / 7.0);      // vertical
                case 2 -> p.lineTo(at[0] = coordinate(random), at[1] = coordinate(random));
                case 3 -> p.quadTo(coordinate(random), coordinate(random), at[0] = coordinate(random),
                        at[1] = coordinate(random));
                case 4 -> p.curveTo(coordinate(random), coordinate(random), coordinate(random), coordinate(random),
                        at[0] = coordinate(random), at[1] = coordinate(random));
                case 5 -> p.closePath();
                default -> p.moveTo(at[0] = coordinate(random), at[1] = coordinate(random));
            }
        }
        return p;
    }

    private static double coordinate(Random random) {
        return (random.nextDouble() - 0.5) * 2000;
    }

    /** Each segment as its type and its points in hundredths (after a close, the start point). */
    private static List<String> rounded(Shape shape) {
        List<String> out = new ArrayList<>();
        double[] c = new double[6];
        for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            int points = switch (type) {
                case PathIterator.SEG_MOVETO, PathIterator.SEG_LINETO -> 1;
                case PathIterator.SEG_QUADTO -> 2;
                case PathIterator.SEG_CUBICTO -> 3;
                default -> 0;
            };
            StringBuilder s = new StringBuilder().append(type);
            for (int i = 0; i < 2 * points; i++) {
                s.append(' ').append(Math.round(c[i] * 100));
            }
            out.add(s.toString());
        }
        return out;
    }
}
