package backprop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The path sum and backprop agree with finite differences and the library, and cost what the formulas say. */
class PathSumTests {
    private final Random random = new Random(3);

    /** D = 4 → 3 → 2 → 5, tanh then sigmoid: no square shapes to hide a transposed index. */
    private Network unequalWidths() {
        return new Network(8).denseXavier(4, 3).tanh().denseXavier(3, 2).sigmoid().denseXavier(2, 5);
    }

    @Test
    void bothWaysMatchFiniteDifferencesAndTheLibrary() {
        Network net = unequalWidths();
        net.parameter("b1").value().subtractScaledInPlace(1, Matrix.gaussian(3, 1, 1, random)); // non-zero biases
        net.parameter("b3").value().subtractScaledInPlace(1, Matrix.gaussian(5, 1, 1, random));
        Matrix x = Matrix.gaussian(4, 1, 1, random);
        Matrix y = Matrix.gaussian(5, 1, 1, random);
        PathSum sum = new PathSum(net, x, y);
        PathSum.Gradients paths = sum.byPaths();
        PathSum.Gradients backprop = sum.byBackprop();

        MeanSquaredError mse = new MeanSquaredError();
        assertEquals(net.loss(mse, x, y), sum.loss(), 1e-15);
        net.backprop(mse, x, y);
        for (int l = 1; l <= 3; l++) {
            Matrix library = net.parameter("W" + l).gradient().copy();
            Matrix numeric = GradientCheck.numeric(net, mse, x, y, "W" + l);
            Check.close("dJ/dW" + l + " by paths vs finite differences", numeric, paths.dW(l));
            Check.close("dJ/dW" + l + " by backprop vs the library", library, backprop.dW(l), 1e-12);
            Check.close("dJ/dW" + l + " by paths vs backprop", backprop.dW(l), paths.dW(l), 1e-12);
        }
        // paths: 2·5 from each W1 entry (4·3 of them), 5 from each W2 entry (3·2), 1 from each W3 entry (2·5)
        assertEquals(12 * 10 + 6 * 5 + 10, paths.paths());
    }

    /** Per path from layer l: a_j, then (f′, W) for each later layer, then ŷ − y, with each f′ recomputed (1 multiplication). */
    private static long pathMultiplications(int depth, int width) {
        long total = 0;
        for (int l = 1; l <= depth; l++) {
            long pathsPerWeight = (long) Math.pow(width, depth - l);
            total += (long) width * width * pathsPerWeight * (3L * (depth - l) + 1);
        }
        return total;
    }

    /** f′ once per hidden unit, δ aᵀ per layer, and Wᵀδ ⊙ f′ per layer but the first. */
    private static long backpropMultiplications(int depth, int width) {
        return (long) width * (depth - 1) + (long) depth * width * width + (long) (depth - 1) * (width * width + width);
    }

    @Test
    void countsAreWhatTheFormulasSay() {
        for (int depth = 1; depth <= 5; depth++) {
            for (int width = 1; width <= 4; width++) {
                PathSum.Cost c = PathSum.cost(depth, width);
                String at = "depth " + depth + ", width " + width;
                assertEquals(pathMultiplications(depth, width), c.byPaths(), at);
                assertEquals(backpropMultiplications(depth, width), c.byBackprop(), at);
                assertEquals((long) depth * width * width, c.weights(), at);
            }
        }
        PathSum.Cost seed = PathSum.cost(3, 3);
        assertEquals(684, seed.byPaths());
        assertEquals(57, seed.byBackprop());
        assertEquals(81 + 27 + 9, seed.paths());
    }

    @Test
    void thePathSumGrowsExponentiallyWithDepthAndBackpropLinearly() {
        List<PathSum.Cost> costs = PathSum.costsByDepth(3, 8);
        assertEquals(8, costs.size());
        for (int k = 1; k < costs.size(); k++) {
            assertEquals(costs.get(k).byBackprop() - costs.get(k - 1).byBackprop(), 2 * 9 + 2 * 3); // +1 layer: 2w² + 2w
            assertTrue(costs.get(k).byPaths() > 2.9 * costs.get(k - 1).byPaths(), "depth " + (k + 1));
        }
        List<PathSum.Cost> wider = PathSum.costsByWidth(3, 5);
        assertEquals(List.of(1, 2, 3, 4, 5), wider.stream().map(PathSum.Cost::width).toList());
        assertEquals(4900, wider.get(4).byPaths());   // 25·25·7 + 25·5·4 + 25·1·1
        assertEquals(145, wider.get(4).byBackprop()); // 5·2 + 3·25 + 2·(25 + 5)
        assertEquals(List.of("depth", "width", "weights", "paths", "by paths", "by backprop", "ratio"),
                PathSum.table(wider).columnNames());
        assertEquals(33.8, PathSum.table(wider).doubleColumn("ratio").get(4), 1e-12); // 4900 / 145, to one decimal
    }

    @Test
    void badInputGetsAOneLineMessage() {
        assertEquals("PathSum.random: depth 0 and width 3 must be ≥ 1",
                assertThrows(IllegalArgumentException.class, () -> PathSum.random(0, 3, 0)).getMessage());
        Network relu = new Network(1).dense(2, 2).relu().dense(2, 2);
        assertEquals("PathSum: layer 2 is ReLU, expected Tanh or Sigmoid (Dense, then Tanh or Sigmoid and Dense, repeated)",
                assertThrows(IllegalArgumentException.class,
                        () -> new PathSum(relu, Matrix.zeros(2, 1), Matrix.zeros(2, 1))).getMessage());
        Network net = new Network(1).denseXavier(2, 2);
        assertEquals("PathSum: x (2x3) must be one example, a (D×1) column",
                assertThrows(IllegalArgumentException.class,
                        () -> new PathSum(net, Matrix.zeros(2, 3), Matrix.zeros(2, 3))).getMessage());
        assertEquals("PathSum: the network must end with a Dense layer, it has 2 layers",
                assertThrows(IllegalArgumentException.class,
                        () -> new PathSum(new Network(1).denseXavier(2, 2).tanh(), Matrix.zeros(2, 1),
                                Matrix.zeros(2, 1))).getMessage());
    }
}
