package backprop.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import backprop.Matrix;
import backprop.Network;
import backprop.data.Dataset;
import backprop.data.OneHot;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImagesTests {
    // x1 decides: a network that outputs (−x1, x1) predicts class 1 right of x1 = 0, class 0 left of it.
    final Network sign = new Network(0).add(new backprop.Dense("1", Matrix.of(new double[] {-1, 0}, new double[] {1, 0}),
            Matrix.zeros(2, 1)));
    final Dataset points = new Dataset(Matrix.of(new double[] {-1, 1}, new double[] {-1, 1}),
            OneHot.encode(new int[] {0, 1}, 2), new int[] {0, 1}, List.of("left", "right"), List.of("x1", "x2"));

    @Test
    void theRegionsAreColouredByThePredictedClass() {
        BufferedImage img = Images.decisionBoundary("sign of x1", sign, points);
        // plot area: x from 60 to 460, x1 from −1.2 to 1.2; sample the top row, away from the points
        int y = 40 + 5;
        assertEquals(lightRgb(Images.PALETTE[0]), img.getRGB(60 + 20, y) & 0xffffff);
        assertEquals(lightRgb(Images.PALETTE[1]), img.getRGB(60 + 380, y) & 0xffffff);
        // the point (1, 1) sits at pixel (60 + 2.2/2.4·400, 40 + 0.2/2.4·400) in its own colour
        assertEquals(Images.PALETTE[1].getRGB() & 0xffffff, img.getRGB(60 + 367, 40 + 33) & 0xffffff);
    }

    static int lightRgb(java.awt.Color c) {
        int r = 255 - (int) (0.3 * (255 - c.getRed())), g = 255 - (int) (0.3 * (255 - c.getGreen())),
                b = 255 - (int) (0.3 * (255 - c.getBlue()));
        return (r << 16) | (g << 8) | b;
    }

    @Test
    void digitsAreDarkWhereTheInkIs() {
        Matrix x = Matrix.zeros(64, 2);
        x.set(0, 0, 1); // top-left pixel of the first digit: full ink
        BufferedImage img = Images.digits("two digits", x, List.of("true 0", "true 1"));
        int tileLeft = 10 + (130 - 64) / 2;
        assertEquals(0x000000, img.getRGB(tileLeft + 3, 40 + 3) & 0xffffff);
        assertEquals(0xffffff, img.getRGB(tileLeft + 12, 40 + 3) & 0xffffff);
    }

    @Test
    void badInputsAreNamed() {
        assertEquals("decisionBoundary: needs 2-D inputs to draw the plane, got X (3x2)",
                assertThrows(IllegalArgumentException.class, () -> Images.decisionBoundary("t", sign,
                        new Dataset(Matrix.zeros(3, 2), OneHot.encode(new int[] {0, 1}, 2), new int[] {0, 1},
                                List.of("a", "b"), List.of("p", "q", "r")))).getMessage());
        assertEquals("digits: 2 images but 1 captions", assertThrows(IllegalArgumentException.class,
                () -> Images.digits("t", Matrix.zeros(64, 2), List.of("a"))).getMessage());
        assertEquals("digits: X (10x1) needs side² rows (64 for 8×8) and at least one column",
                assertThrows(IllegalArgumentException.class, () -> Images.digits("t", Matrix.zeros(10, 1), List.of("a")))
                        .getMessage());
    }
}
