package org.brieflens.export.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class PngEncoderTest {

    @Test
    void anOpaqueImageDecodesToTheSamePixelsWithoutAnAlphaChannel() throws Exception {
        RasterImage raster = gradient(0xFF);

        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(raster, 1)));

        assertThat(decoded.getWidth()).isEqualTo(37);
        assertThat(decoded.getHeight()).isEqualTo(23);
        assertThat(decoded.getColorModel().hasAlpha()).isFalse();
        assertSamePixels(raster, decoded);
    }

    @Test
    void keepsTransparency() throws Exception {
        RasterImage raster = gradient(0x40);

        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(raster, 1)));

        assertThat(decoded.getColorModel().hasAlpha()).isTrue();
        assertSamePixels(raster, decoded);
    }

    @Test
    void aDoubleScaleImageSaysItIsMeantAtTwiceTheScreenDensity() throws Exception {
        byte[] png = PngEncoder.encode(gradient(0xFF), 2);

        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadata metadata = reader.getImageMetadata(0);
            Node root = metadata.getAsTree("javax_imageio_1.0");
            Element size = (Element) ((Element) root).getElementsByTagName("HorizontalPixelSize").item(0);
            // Millimetres per pixel: 25.4 / 192 dpi.
            assertThat(Double.parseDouble(size.getAttribute("value"))).isBetween(0.1320, 0.1325);
        }
    }

    private static RasterImage gradient(int alpha) {
        int width = 37;
        int height = 23;
        int[] pixels = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                pixels[y * width + x] = alpha << 24 | (x * 7 & 0xFF) << 16 | (y * 11 & 0xFF) << 8 | (x * y & 0xFF);
            }
        }
        return new RasterImage(width, height, pixels);
    }

    private static void assertSamePixels(RasterImage expected, BufferedImage actual) {
        for (int y = 0; y < expected.height(); y++) {
            for (int x = 0; x < expected.width(); x++) {
                assertThat(Integer.toHexString(actual.getRGB(x, y))).as("pixel %d,%d", x, y)
                        .isEqualTo(Integer.toHexString(expected.pixel(x, y)));
            }
        }
    }
}
