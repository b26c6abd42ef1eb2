package backprop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.GradientCheck.Verdict;
import backprop.data.OneHot;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GradientCheckTests {
    final Random random = new Random(8);
    final Matrix x = Matrix.gaussian(4, 6, 1, random);
    final Matrix y = OneHot.encode(new int[] {0, 1, 2, 2, 1, 0}, 3);

    @Test
    void bandsAreCs231ns() {
        assertEquals(Verdict.GOOD, Verdict.of(1e-7));
        assertEquals(Verdict.ACCEPTABLE, Verdict.of(5e-5));
        assertEquals(Verdict.SUSPICIOUS, Verdict.of(1e-3));
        assertEquals(Verdict.WRONG, Verdict.of(1e-2));
        assertEquals(Verdict.WRONG, Verdict.of(Double.NaN));
    }

    @Test
    void relativeErrorHasAnAbsoluteFloor() {
        assertEquals(0, GradientCheck.relativeError(0, 0));
        assertTrue(GradientCheck.relativeError(1e-12, 3e-12) <= 1e-5);  // two round-off-sized values agree
        assertEquals(0.5, GradientCheck.relativeError(1, 2), 1e-15);
        assertEquals(1, GradientCheck.relativeError(0, 1e-3), 1e-15);   // a missed gradient is wrong
    }

    @Test
    void aCorrectNetworkPasses() {
        Network net = new Network(1).dense(4, 5).relu().dense(5, 3);
        GradientCheck.Report report = GradientCheck.check(net, new SoftmaxCrossEntropy(), x, y);
        assertEquals(4 * 5 + 5 + 5 * 3 + 3, report.entries().size());
        assertTrue(report.worst().relativeError() < 1e-6, report.toString());
        assertEquals(Verdict.GOOD, report.verdict(), report.toString());
        assertEquals(4, report.summary().rowCount());
        assertEquals(report.entries().size(), report.table().rowCount());
    }

    @Test
    void largeParametersAreSampledWithTheSeed() {
        Network net = new Network(1).dense(4, 30).relu().dense(30, 3);
        GradientCheck.Report a = GradientCheck.check(net, new SoftmaxCrossEntropy(), x, y, 10, 42);
        GradientCheck.Report b = GradientCheck.check(net, new SoftmaxCrossEntropy(), x, y, 10, 42);
        assertEquals(10 + 10 + 10 + 3, a.entries().size());
        assertEquals(a.entries(), b.entries());
    }

    /** A dense layer whose backward forgets to transpose: dJ/dx = W dz instead of Wᵀ dz is not even the right shape. */
    @Test
    void aBrokenGradientIsFoundAndNamed() {
        Dense first = Dense.he("1", 4, 5, random);
        Layer scaled = new Layer() { // a ReLU whose backward passes twice the gradient
            final ReLU relu = new ReLU();
            public Matrix forward(Matrix z) { return relu.forward(z); }
            public Matrix backward(Matrix da) { return relu.backward(da).times(2); }
        };
        Network net = new Network(0).add(first).add(scaled).add(Dense.he("2", 5, 3, random));
        GradientCheck.Report report = GradientCheck.check(net, new SoftmaxCrossEntropy(), x, y);
        assertEquals(Verdict.WRONG, report.verdict());
        assertTrue(report.worst().parameter().endsWith("1"), report.worst().toString()); // W1 or b1, below the bug
        AssertionError e = assertThrows(AssertionError.class, report::requirePasses);
        assertTrue(e.getMessage().startsWith("gradient check failed: " + report.worst().parameter() + "["), e.getMessage());
    }

    @Test
    void aPreActivationAtTheKinkIsReportedAsAKink() {
        // b1 puts hidden unit 0 exactly at z = 0 for example 0: W1 row 0 · x0 + b1[0] = 0.
        Dense first = Dense.he("1", 4, 5, random);
        double z00 = first.W().value().matmul(x.columnAt(0)).get(0, 0);
        first.b().value().set(0, 0, -z00);
        Network net = new Network(0).add(first).relu().add(Dense.he("2", 5, 3, random));
        GradientCheck.Report report = GradientCheck.check(net, new SoftmaxCrossEntropy(), x, y);
        List<GradientCheck.Entry> kinks = report.entries().stream().filter(e -> e.verdict() == Verdict.KINK).toList();
        assertTrue(kinks.stream().anyMatch(e -> e.parameter().equals("b1") && e.row() == 0), kinks.toString());
        assertTrue(report.passes(), report.toString());
    }

    @Test
    void numericDifferencesOfAKnownFunction() {
        Matrix p = Matrix.column(1, 2, 3);
        Matrix g = GradientCheck.numeric(m -> m.hadamard(m).hadamard(m).sum(), p); // d(Σ p³)/dp = 3p²
        Check.close("3p²", Matrix.column(3, 12, 27), g, 1e-9);
        assertEquals(Matrix.column(1, 2, 3), p); // restored
    }

    @Test
    void theDirectionalDerivativeAgreesForACorrectNetwork() {
        Network net = new Network(1).dense(4, 5).tanh().dense(5, 3);
        Matrix w1 = net.parameter("W1").value().copy();
        GradientCheck.Directional d = GradientCheck.direction(net, new SoftmaxCrossEntropy(), x, y, 7);
        assertEquals(Verdict.GOOD, d.verdict(), d.toString());
        assertTrue(Math.abs(d.analytic()) > 1e-3, d.toString()); // a real slope, not two zeros agreeing
        assertEquals(w1, net.parameter("W1").value());            // θ restored exactly
        assertEquals(d, GradientCheck.direction(net, new SoftmaxCrossEntropy(), x, y, 7)); // seeded
    }

    @Test
    void theDirectionalCheckCatchesOneWrongEntryAndSaysSo() {
        Layer scaled = new Layer() { // a tanh whose backward is 10% too large
            final Tanh tanh = new Tanh();
            public Matrix forward(Matrix z) { return tanh.forward(z); }
            public Matrix backward(Matrix da) { return tanh.backward(da).times(1.1); }
        };
        Network net = new Network(0).add(Dense.he("1", 4, 5, random)).add(scaled).add(Dense.he("2", 5, 3, random));
        GradientCheck.Directional d = GradientCheck.direction(net, new SoftmaxCrossEntropy(), x, y, 7);
        assertEquals(Verdict.WRONG, d.verdict(), d.toString());
        AssertionError e = assertThrows(AssertionError.class, d::requirePasses);
        assertEquals("directional gradient check failed: " + d, e.getMessage());
        assertTrue(e.getMessage().startsWith("directional gradient check failed: along a random direction u: backprop ∇J·u = "));
    }
}
