package backprop.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.Dense;
import backprop.GradientCheck;
import backprop.Matrix;
import backprop.ReLU;
import backprop.SoftmaxCrossEntropy;
import java.util.List;
import java.util.Random;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** Each catalogue's variants are wrong for the exercise's inputs, and each is named when a student makes it. */
class MistakesTests {
    private static final Random R = new Random(11);
    private static final Matrix Z = Matrix.gaussian(3, 4, 1, R);
    private static final Matrix DA = Matrix.gaussian(3, 4, 1, R);

    private static void assertEachIsNamed(String what, Matrix expected, List<Mistake> mistakes) {
        assertFalse(mistakes.isEmpty());
        for (Mistake m : mistakes) {
            assertFalse(Grade.agrees(expected, m.value()), what + ": " + m.description() + " passes for right");
            AssertionFailedError e = assertThrows(AssertionFailedError.class,
                    () -> Grade.matrix(what, expected, m.value(), mistakes));
            assertTrue(e.getMessage().startsWith(what + ": your " + what + " matches ")
                    && e.getMessage().contains(m.description()), e.getMessage());
        }
    }

    @Test
    void denseForward() {
        Dense dense = Dense.he("1", 4, 3, R);
        dense.b().value().set(1, 0, 0.5);
        Matrix x = Matrix.gaussian(4, 2, 1, R);
        Matrix z = dense.forward(x);
        assertEachIsNamed("z", z, Mistakes.denseForward(dense.W().value(), dense.b().value(), x));
    }

    @Test
    void reluBackward() {
        ReLU relu = new ReLU();
        Matrix a = relu.forward(Z);
        Matrix dz = relu.backward(DA);
        List<Mistake> mistakes = Mistakes.reluBackward(DA, Z, a);
        assertEachIsNamed("dJ/dz", dz, mistakes.subList(2, 5));
        // a mask from 1[a ≥ 0] is no mask at all: the two are one mistake, and the diagnosis names both
        assertEquals(mistakes.get(0).value(), mistakes.get(1).value());
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> Grade.matrix("dJ/dz", dz, DA, mistakes));
        assertTrue(e.getMessage().startsWith("dJ/dz: your dJ/dz matches the upstream gradient with the ReLU mask 1[z > 0]"
                + " missing, and also the upstream gradient with the ReLU mask taken from the output as 1[a ≥ 0]"), e.getMessage());
    }

    @Test
    void softmaxCrossEntropyGradient() {
        Matrix y = Matrix.zeros(3, 4);
        for (int j = 0; j < 4; j++) y.set(j % 3, j, 1);
        SoftmaxCrossEntropy loss = new SoftmaxCrossEntropy();
        loss.forward(Z, y);
        assertEachIsNamed("dJ/dz", loss.backward(), Mistakes.softmaxCrossEntropyGradient(Z, y));
    }

    @Test
    void centredDifference() {
        ToDoubleFunction<Matrix> cubic = x -> x.map(v -> v * v * v).sum();
        Matrix x = Z.copy();
        List<Mistake> mistakes = Mistakes.centredDifference(cubic, x, 1e-3);
        assertEquals(Z, x, "the catalogue must leave x as it was");
        assertEachIsNamed("numeric gradient", GradientCheck.numeric(cubic, x, 1e-3), mistakes);
    }

    @Test
    void sgdStep() {
        Matrix theta = Z.copy();
        List<Mistake> mistakes = Mistakes.sgdStep(Z, DA, 0.1);
        theta.subtractScaledInPlace(0.1, DA);
        assertEachIsNamed("θ", theta, mistakes);
    }
}
