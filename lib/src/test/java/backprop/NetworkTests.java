package backprop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import backprop.data.OneHot;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The seed network: z1 = W1 x + b1, a1 = relu(z1), z2 = W2 a1 + b2, ŷ = softmax(z2), J = cross-entropy. */
class NetworkTests {
    static final int D = 4, H = 6, C = 3, N = 5;
    final Random random = new Random(3);
    final Matrix x = Matrix.gaussian(D, N, 1, random);
    final Matrix y = OneHot.encode(new int[] {0, 2, 1, 2, 0}, C);

    static Network seedNetwork(long seed) {
        return new Network(seed).dense(D, H).relu().dense(H, C);
    }

    @Test
    void parametersAreNamedAsInTheDerivation() {
        Network net = seedNetwork(1);
        assertEquals(List.of("W1", "b1", "W2", "b2"), net.parameters().stream().map(Parameter::name).toList());
        assertEquals("6x4", net.parameter("W1").value().shape());
        assertEquals("3x1", net.parameter("b2").value().shape());
        assertEquals("parameter: no parameter named W3 (the network has [W1, b1, W2, b2])",
                assertThrows(IllegalArgumentException.class, () -> net.parameter("W3")).getMessage());
    }

    @Test
    void theSameSeedGivesTheSameNetworkAndAnotherSeedAnother() {
        assertEquals(seedNetwork(1).parameter("W1").value(), seedNetwork(1).parameter("W1").value());
        assertNotEquals(seedNetwork(1).parameter("W1").value(), seedNetwork(2).parameter("W1").value());
    }

    @Test
    void backpropGivesTheSeedsFormulas() {
        Network net = seedNetwork(1);
        net.backprop(new SoftmaxCrossEntropy(), x, y);
        Matrix w1 = net.parameter("W1").value(), b1 = net.parameter("b1").value();
        Matrix w2 = net.parameter("W2").value(), b2 = net.parameter("b2").value();
        Matrix z1 = w1.matmul(x).plusColumn(b1);
        Matrix a1 = z1.map(v -> Math.max(0, v));
        Matrix yHat = Softmax.of(w2.matmul(a1).plusColumn(b2));
        Matrix dz2 = yHat.minus(y).times(1.0 / N);                        // dJ/dz2 = (ŷ − y)/N
        Matrix dz1 = w2.transpose().matmul(dz2).hadamard(z1.map(v -> v > 0 ? 1 : 0)); // W2ᵀ dz2 ⊙ 1[z1 > 0]
        Check.close("dJ/dW2", dz2.matmul(a1.transpose()), net.parameter("W2").gradient(), 1e-12);
        Check.close("dJ/db2", dz2.rowSums(), net.parameter("b2").gradient(), 1e-12);
        Check.close("dJ/dW1", dz1.matmul(x.transpose()), net.parameter("W1").gradient(), 1e-12);
        Check.close("dJ/db1", dz1.rowSums(), net.parameter("b1").gradient(), 1e-12);
    }

    @Test
    void everyParameterGradientMatchesFiniteDifferences() {
        for (Network net : List.of(seedNetwork(1),
                new Network(2).denseXavier(D, H).tanh().denseXavier(H, 5).sigmoid().dense(5, C))) {
            net.backprop(new SoftmaxCrossEntropy(), x, y);
            for (Parameter p : net.parameters()) {
                Check.close(p.name(), GradientCheck.numeric(net, new SoftmaxCrossEntropy(), x, y, p.name()), p.gradient());
            }
        }
    }

    @Test
    void binaryNetworkGradientsMatchFiniteDifferences() {
        Network net = new Network(4).dense(D, H).relu().dense(H, 1);
        Matrix t = Matrix.row(1, 0, 0, 1, 1);
        GradientCheck.check(net, new SigmoidBinaryCrossEntropy(), x, t).requirePasses();
    }

    @Test
    void accuracyCountsTheRightPredictions() {
        Network net = new Network(0).add(new Dense("1", Matrix.identity(2), Matrix.zeros(2, 1)));
        Matrix points = Matrix.of(new double[] {1, 0, 3}, new double[] {0, 1, 2}); // predicted 0, 1, 0
        assertEquals(2.0 / 3, net.accuracy(points, new int[] {0, 1, 1}), 1e-15);
    }

    @Test
    void backpropSkipsOnlyTheInputGradientAndChangesNoOtherBit() {
        Random r = new Random(3);
        Matrix x = Matrix.gaussian(5, 4, 1, r);
        Matrix y = Matrix.zeros(3, 4);
        for (int n = 0; n < 4; n++) y.set(n % 3, n, 1);
        Network fast = new Network(8).dense(5, 6).tanh().dense(6, 3);
        Network full = new Network(8).dense(5, 6).tanh().dense(6, 3);
        SoftmaxCrossEntropy loss = new SoftmaxCrossEntropy();
        double j = fast.backprop(loss, x, y);
        assertEquals(j, loss.forward(full.forward(x), y));
        full.backward(loss.backward()); // the full pass, dJ/dX included
        for (Parameter p : fast.parameters()) assertEquals(full.parameter(p.name()).gradient(), p.gradient(), p.name());
    }
}
