package backprop.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.LossHistory;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class PlotsTests {
    @Test
    void aLossCurveIsAnImage() {
        BufferedImage img = Plots.loss(new LossHistory(1.0, 0.5, 0.25, 0.2));
        assertEquals(Plots.WIDTH, img.getWidth());
        assertEquals(Plots.HEIGHT, img.getHeight());
        long distinct = java.util.stream.IntStream.range(0, img.getWidth()).map(x -> img.getRGB(x, img.getHeight() / 2))
                .distinct().count();
        assertTrue(distinct > 1, "the image is blank");
    }

    @Test
    void aNonFiniteLossGetsAPlainMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Plots.loss(new LossHistory(1.0, 0.9, Double.NaN, Double.POSITIVE_INFINITY)));
        assertEquals("plot: training loss: loss is not finite from epoch 3", e.getMessage());
    }

    @Test
    void theMultiplicationCountsAreAnImage() {
        BufferedImage img = Plots.multiplicationsByDepth(backprop.PathSum.costsByDepth(2, 3));
        assertEquals(Plots.WIDTH, img.getWidth());
        assertEquals(Plots.HEIGHT, img.getHeight());
        long distinct = java.util.stream.IntStream.range(0, img.getWidth()).map(x -> img.getRGB(x, img.getHeight() / 2))
                .distinct().count();
        assertTrue(distinct > 1, "the image is blank");
        assertEquals("plot: multiplications: no costs to plot", assertThrows(IllegalArgumentException.class,
                () -> Plots.multiplicationsByWidth(java.util.List.of())).getMessage());
    }

    @Test
    void theStepSweepAndCurvesPerEpochAreImages() {
        BufferedImage sweep = Plots.stepSweep(backprop.StepSweep.of(Math::exp, 1, Math.E));
        assertEquals(Plots.WIDTH, sweep.getWidth());
        BufferedImage acc = Plots.perEpoch("Accuracy", "accuracy", java.util.Map.of("validation", new double[] {0.5, 0.8}));
        assertEquals(Plots.HEIGHT, acc.getHeight());
        assertEquals("plot: validation has no epochs", assertThrows(IllegalArgumentException.class,
                () -> Plots.perEpoch("Accuracy", "accuracy", java.util.Map.of("validation", new double[0]))).getMessage());
    }
}
