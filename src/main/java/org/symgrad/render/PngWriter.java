package org.symgrad.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * Encodes an image as PNG with its resolution: {@code scale} pixels per point is 72 × scale
 * pixels per inch (a {@code pHYs} chunk), so a 2× image shows at the formula's size where the
 * resolution is honoured. No time stamp or other varying chunk: equal images give equal bytes.
 */
final class PngWriter {
    private static final String PNG_TREE = "javax_imageio_png_1.0";
    private static final double METRES_PER_INCH = 0.0254;
    private static final double POINTS_PER_INCH = 72;

    private PngWriter() {
    }

    static void write(BufferedImage image, double scale, OutputStream out) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IOException("this Java runtime has no PNG encoder");
        }
        ImageWriter writer = writers.next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image),
                    writer.getDefaultWriteParam());
            withResolution(metadata, scale);
            writer.write(new IIOImage(image, null, metadata));
        } finally {
            writer.dispose();
        }
    }

    private static void withResolution(IIOMetadata metadata, double scale) throws IIOInvalidTreeException {
        // The PNG tree, not the standard one: the JDK turns the standard tree's pixel size into a
        // wrong pHYs value.
        String pixelsPerMetre = Long.toString(Math.round(POINTS_PER_INCH * scale / METRES_PER_INCH));
        IIOMetadataNode physical = new IIOMetadataNode("pHYs");
        physical.setAttribute("pixelsPerUnitXAxis", pixelsPerMetre);
        physical.setAttribute("pixelsPerUnitYAxis", pixelsPerMetre);
        physical.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode(PNG_TREE);
        root.appendChild(physical);
        metadata.mergeTree(PNG_TREE, root);
    }
}
