package backprop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Every layer's backward against finite differences, on in ≠ out and N > 1: square shapes hide a
 * transposed gradient, N = 1 hides a missing sum over the batch.
 */
class LayerTests {
    private static final int IN = 3;
    private static final int OUT = 5;
    private static final int N = 4;
    private final Random random = new Random(11);
    private final Matrix x = Matrix.gaussian(IN, N, 1, random);
    private final Matrix upstream = Matrix.gaussian(OUT, N, 1, random); // G: J = Σ G ⊙ layer(x)

    /** J(x) = Σ G ⊙ f(x), whose gradient with respect to f's output is exactly G. */
    private static double probe(Layer layer, Matrix x, Matrix g) {
        return layer.forward(x).hadamard(g).sum();
    }

    @Test
    void denseGradientsMatchFiniteDifferences() {
        Dense dense = Dense.he("1", IN, OUT, random);
        dense.b().value().subtractScaledInPlace(1, Matrix.gaussian(OUT, 1, 1, random)); // a non-zero bias
        dense.forward(x);
        Matrix dx = dense.backward(upstream);

        Check.close("dJ/dW", GradientCheck.numeric(w -> probe(dense, x, upstream), dense.W().value()),
                dense.W().gradient());
        Check.close("dJ/db", GradientCheck.numeric(b -> probe(dense, x, upstream), dense.b().value()),
                dense.b().gradient());
        Check.close("dJ/dx", GradientCheck.numeric(in -> probe(dense, in, upstream), x.copy()), dx);
        assertEquals("5x3", dense.W().gradient().shape());
        assertEquals("5x1", dense.b().gradient().shape());
        assertEquals("3x4", dx.shape());
    }

    @Test
    void denseForwardIsWxPlusB() {
        Matrix w = Matrix.of(new double[] {1, 2}, new double[] {3, 4}, new double[] {5, 6}); // (3x2)
        Dense dense = new Dense("1", w, Matrix.column(1, 0, -1));
        Matrix z = dense.forward(Matrix.of(new double[] {1, 0}, new double[] {1, 2}));          // two examples
        assertEquals(Matrix.of(new double[] {4, 5}, new double[] {7, 8}, new double[] {10, 11}), z);
        assertEquals(z.shape(), "3x2");
    }

    @Test
    void denseNamesTheShapesOfAWrongInput() {
        Dense dense = Dense.he("1", IN, OUT, random);
        assertEquals("W1 (5x3) cannot take input (4x2): it expects 3 rows, one column per example",
                assertThrows(IllegalArgumentException.class, () -> dense.forward(Matrix.zeros(4, 2))).getMessage());
    }

    @Test
    void denseBackwardOverwritesTheGradientInsteadOfAccumulating() {
        Dense dense = Dense.he("1", IN, OUT, random);
        dense.forward(x);
        dense.backward(upstream);
        Matrix first = dense.W().gradient().copy();
        dense.forward(x);
        dense.backward(upstream);
        assertEquals(first, dense.W().gradient());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ReLU", "Sigmoid", "Tanh"})
    void activationGradientsMatchFiniteDifferences(String name) {
        Supplier<Activation> make = switch (name) {
            case "ReLU" -> ReLU::new;
            case "Sigmoid" -> Sigmoid::new;
            default -> Tanh::new;
        };
        Activation f = make.get();
        Matrix z = Matrix.gaussian(OUT, N, 2, random);
        Matrix g = Matrix.gaussian(OUT, N, 1, random);
        f.forward(z);
        Matrix dz = f.backward(g);
        Check.close(name + " dJ/dz", GradientCheck.numeric(in -> probe(f, in, g), z.copy()), dz);
    }

    @Test
    void reluPassesGradientOnlyWherePreActivationIsPositive() {
        ReLU relu = new ReLU();
        relu.forward(Matrix.column(-2, 0, 3));
        assertEquals(Matrix.column(0, 0, 0.5), relu.backward(Matrix.column(0.5, 0.5, 0.5)));
        assertEquals(Matrix.column(0, 0, 1), relu.localGradient()); // the cached 1[z > 0]
    }

    @Test
    void sigmoidCachesSigmaTimesOneMinusSigma() {
        Sigmoid s = new Sigmoid();
        assertEquals(Matrix.column(0.5, 1 / (1 + Math.exp(-2))), s.forward(Matrix.column(0, 2)));
        double s2 = 1 / (1 + Math.exp(-2));
        assertEquals(Matrix.column(0.25, s2 * (1 - s2)), s.localGradient());
        assertEquals(0.0, Sigmoid.sigmoid(-800));   // no overflow in e^800
        assertEquals(1.0, Sigmoid.sigmoid(800));
    }

    @Test
    void tanhCachesOneMinusTanhSquared() {
        Tanh t = new Tanh();
        t.forward(Matrix.column(0, 1));
        assertEquals(Matrix.column(1, 1 - Math.tanh(1) * Math.tanh(1)), t.localGradient());
    }

    @Test
    void activationBackwardNamesAMismatchedUpstream() {
        ReLU relu = new ReLU();
        relu.forward(Matrix.zeros(3, 2));
        assertEquals("ReLU.backward: upstream (2x3) must match the forward output (3x2)",
                assertThrows(IllegalArgumentException.class, () -> relu.backward(Matrix.zeros(2, 3))).getMessage());
    }
}
