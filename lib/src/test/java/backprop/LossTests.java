package backprop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LossTests {
    private final Random random = new Random(5);

    @Test
    void softmaxOfLargeLogitsIsFinite() {
        Matrix p = Softmax.of(Matrix.column(1000, 1001, 1002));
        assertEquals(0.0900306, p.get(0, 0), 1e-7);
        assertEquals(0.2447285, p.get(1, 0), 1e-7);
        assertEquals(0.6652410, p.get(2, 0), 1e-7);
        Matrix half = Softmax.of(Matrix.column(-1000, -1000));
        assertEquals(0.5, half.get(0, 0), 1e-15);
        assertEquals(0.5, half.get(1, 0), 1e-15);
    }

    @Test
    void softmaxWorksColumnByColumn() {
        Matrix p = Softmax.of(Matrix.of(new double[] {0, 1000}, new double[] {0, 0}));
        Check.close("softmax", Matrix.of(new double[] {0.5, 1}, new double[] {0.5, 0}), p, 1e-15);
    }

    @Test
    void softmaxRefusesNaN() {
        assertEquals("softmax: (2x1) has NaN at (1, 0)", assertThrows(ArithmeticException.class,
                () -> Softmax.of(Matrix.column(1, Double.NaN))).getMessage());
    }

    @Test
    void crossEntropyOfUniformLogitsIsLogC() {
        Matrix z = Matrix.zeros(3, 4);
        Matrix y = Matrix.zeros(3, 4);
        for (int n = 0; n < 4; n++) y.set(n % 3, n, 1);
        assertEquals(Math.log(3), new SoftmaxCrossEntropy().forward(z, y), 1e-15);
    }

    @Test
    void crossEntropyFromLogitsStaysFiniteWhereSoftmaxUnderflows() {
        // softmax gives e^-2000 = 0 for the true class; log softmax from the logits gives −2000.
        double j = new SoftmaxCrossEntropy().forward(Matrix.column(0, 2000), Matrix.column(1, 0));
        assertEquals(2000, j, 1e-9);
    }

    @Test
    void crossEntropyGradientIsYHatMinusYOverNAndMatchesFiniteDifferences() {
        Matrix z = Matrix.gaussian(3, 5, 2, random);
        Matrix y = backprop.data.OneHot.encode(new int[] {0, 2, 1, 1, 0}, 3);
        SoftmaxCrossEntropy ce = new SoftmaxCrossEntropy();
        ce.forward(z, y);
        Matrix analytic = ce.backward();
        Check.close("ŷ − y over N", Softmax.of(z).minus(y).times(1.0 / 5), analytic, 1e-12);
        Check.close("dJ/dz", GradientCheck.numeric(zz -> new SoftmaxCrossEntropy().forward(zz, y), z.copy()), analytic);
    }

    @Test
    void binaryCrossEntropyFromLogitFortyWithLabelZeroIsForty() {
        double j = new SigmoidBinaryCrossEntropy().forward(Matrix.column(40), Matrix.column(0));
        assertEquals(40.0, j, 1e-12); // not ∞ (log(1 − σ(40)) = log 0), not 16.1 (clamping at 1 − 1e-7)
    }

    @Test
    void binaryCrossEntropyGradientMatchesFiniteDifferences() {
        Matrix z = Matrix.gaussian(2, 6, 3, random);
        Matrix y = Matrix.of(new double[] {1, 0, 1, 1, 0, 0}, new double[] {0, 0, 1, 0, 1, 1});
        SigmoidBinaryCrossEntropy bce = new SigmoidBinaryCrossEntropy();
        bce.forward(z, y);
        Matrix analytic = bce.backward();
        Check.close("σ(z) − y over N", z.map(Sigmoid::sigmoid).minus(y).times(1.0 / 6), analytic, 1e-12);
        Check.close("dJ/dz", GradientCheck.numeric(zz -> new SigmoidBinaryCrossEntropy().forward(zz, y), z.copy()),
                analytic);
    }

    @Test
    void binaryCrossEntropyRefusesTargetsOutsideZeroOne() {
        assertEquals("sigmoidBinaryCrossEntropy: target 2.0 at (0, 1) is outside [0, 1]",
                assertThrows(IllegalArgumentException.class,
                        () -> new SigmoidBinaryCrossEntropy().forward(Matrix.row(0, 0), Matrix.row(1, 2))).getMessage());
    }

    @Test
    void meanSquaredErrorOfALineHasTheKnownGradients() {
        // x = [1, 2, 3], y = [2, 4, 7], w = 1, b = 0, J = mean ½(w x + b − y)²
        Matrix x = Matrix.row(1, 2, 3);
        Matrix y = Matrix.row(2, 4, 7);
        Network line = new Network(0).add(new Dense("", Matrix.of(new double[] {1}), Matrix.column(0)));
        double j = line.backprop(new MeanSquaredError(), x, y);
        assertEquals((1 + 4 + 16) / 2.0 / 3, j, 1e-15);
        assertEquals(-17.0 / 3, line.parameter("W").gradient().get(0, 0), 1e-12); // a missing 1/N gives −17
        assertEquals(-7.0 / 3, line.parameter("b").gradient().get(0, 0), 1e-12);  // a missing 1/N gives −7
    }

    @Test
    void meanSquaredErrorGradientMatchesFiniteDifferences() {
        Matrix yHat = Matrix.gaussian(2, 3, 1, random);
        Matrix y = Matrix.gaussian(2, 3, 1, random);
        MeanSquaredError mse = new MeanSquaredError();
        mse.forward(yHat, y);
        Check.close("dJ/dŷ", GradientCheck.numeric(p -> new MeanSquaredError().forward(p, y), yHat.copy()),
                mse.backward());
    }

    @Test
    void lossesNameBothShapesWhenTheyDiffer() {
        assertEquals("softmaxCrossEntropy: output (3x4) and target (4x3) must have the same shape, one column per example",
                assertThrows(IllegalArgumentException.class,
                        () -> new SoftmaxCrossEntropy().forward(Matrix.zeros(3, 4), Matrix.zeros(4, 3))).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new MeanSquaredError().forward(Matrix.zeros(1, 0), Matrix.zeros(1, 0))).getMessage()
                .contains("at least one example"));
    }
}
