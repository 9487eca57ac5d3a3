package dev.descentfx.export;

import java.awt.image.BufferedImage;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * An animated GIF, frame by frame, with ImageIO's own GIF writer (it builds each frame's
 * palette): every frame shows for 1/fps seconds and the animation loops. Frames are written as
 * they come, so a long run needs the memory of one frame, not of all of them.
 */
public final class GifWriter implements Closeable {
    private final ImageWriter writer;
    private final ImageOutputStream stream;
    private final int delayCentiseconds;

    public GifWriter(OutputStream out, double fps) throws IOException {
        if (!(fps > 0) || fps > 100) {
            throw new IllegalArgumentException("frames per second must be above 0 and at most 100, not " + fps);
        }
        this.writer = ImageIO.getImageWritersByFormatName("gif").next();
        this.stream = ImageIO.createImageOutputStream(out);
        // GIF counts in hundredths of a second; 2 is the shortest that every viewer honours
        this.delayCentiseconds = Math.max(2, (int) Math.round(100 / fps));
        writer.setOutput(stream);
        writer.prepareWriteSequence(null);
    }

    /** One more frame (any image type; it is drawn onto an opaque RGB frame first). */
    public void add(BufferedImage frame) throws IOException {
        BufferedImage rgb = frame;
        if (frame.getType() != BufferedImage.TYPE_INT_RGB) {
            rgb = new BufferedImage(frame.getWidth(), frame.getHeight(), BufferedImage.TYPE_INT_RGB);
            var g = rgb.createGraphics();
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, frame.getWidth(), frame.getHeight());
            g.drawImage(frame, 0, 0, null);
            g.dispose();
        }
        IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(rgb), null);
        String format = meta.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(format);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(delayCentiseconds));
        control.setAttribute("transparentColorIndex", "0");
        IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");   // NETSCAPE2.0: loop for ever
        loop.setAttribute("applicationID", "NETSCAPE");
        loop.setAttribute("authenticationCode", "2.0");
        loop.setUserObject(new byte[] {1, 0, 0});
        child(root, "ApplicationExtensions").appendChild(loop);
        meta.setFromTree(format, root);
        writer.writeToSequence(new IIOImage(rgb, null, meta), null);
    }

    /** Hundredths of a second each frame shows. */
    public int delayCentiseconds() {
        return delayCentiseconds;
    }

    @Override
    public void close() throws IOException {
        try {
            writer.endWriteSequence();
            stream.flush();
        } finally {
            writer.dispose();
            stream.close();
        }
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equals(name)) {
                return (IIOMetadataNode) root.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }
}
