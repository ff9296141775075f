package eu.clus3.core.shared;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/** Decoding uploaded pictures (cluster logos, forum images) safely. */
public final class ImageFrames {

    private ImageFrames() {
    }

    /**
     * The first frame of an image. Its size is checked by {@code checkSize} (width, height) from the header,
     * before any pixel is decoded, so a small file announcing a huge picture cannot exhaust the memory.
     *
     * @param noReader   what to throw when no decoder knows the format
     * @param unreadable what to throw when the data is broken
     */
    public static BufferedImage firstFrame(byte[] bytes, BiConsumer<Integer, Integer> checkSize,
                                           Supplier<InvalidInputException> noReader,
                                           Supplier<InvalidInputException> unreadable) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw noReader.get();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                checkSize.accept(reader.getWidth(0), reader.getHeight(0));
                BufferedImage image = reader.read(0);
                if (image == null) {
                    throw unreadable.get();
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw unreadable.get();
        }
    }
}
