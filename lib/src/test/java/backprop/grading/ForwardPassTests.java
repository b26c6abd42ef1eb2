package backprop.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.Check;
import backprop.Dense;
import backprop.Matrix;
import backprop.Network;
import backprop.ReLU;
import backprop.SoftmaxCrossEntropy;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opentest4j.AssertionFailedError;

class ForwardPassTests {
    private static final ForwardPass PASS = ForwardPass.random(4);
    private static final List<String> QUANTITIES = List.of("dz2", "dW2", "db2", "da1", "dz1", "dW1", "db1");

    @Test
    void shapesAreAllDifferent() {
        assertEquals(List.of("4x6", "3x6", "5x4", "5x1", "3x5", "3x1"), List.of(PASS.x().shape(), PASS.y().shape(),
                PASS.W1().shape(), PASS.b1().shape(), PASS.W2().shape(), PASS.b2().shape()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"W1", "b1", "W2", "b2"})
    void referenceGradientsAgreeWithFiniteDifferences(String parameter) {
        Check.close("d" + parameter, PASS.numeric(parameter), PASS.expected("d" + parameter), 1e-6);
    }

    @Test
    void referenceGradientsAgreeWithTheLibrary() {
        Network net = new Network(0).add(new Dense("1", PASS.W1().copy(), PASS.b1().copy())).add(new ReLU())
                .add(new Dense("2", PASS.W2().copy(), PASS.b2().copy()));
        double j = net.backprop(new SoftmaxCrossEntropy(), PASS.x(), PASS.y());
        Check.close("J", j, PASS.loss(), 1e-12);
        for (String p : List.of("W1", "b1", "W2", "b2")) Check.close("d" + p, net.parameter(p).gradient(), PASS.expected("d" + p));
    }

    @Test
    void theBatchHasReluUnitsOnBothSidesOfZero() { // else a missing mask would pass for the right gradient
        double[][] z = PASS.z1().toArray();
        assertTrue(java.util.Arrays.stream(z).flatMapToDouble(java.util.Arrays::stream).anyMatch(v -> v < 0));
        assertTrue(java.util.Arrays.stream(z).flatMapToDouble(java.util.Arrays::stream).anyMatch(v -> v > 0));
    }

    @Test
    void everyMistakeIsWrongAndIsNamedWhenMade() {
        for (String q : QUANTITIES) {
            for (Mistake m : PASS.mistakes(q)) {
                assertFalse(Grade.agrees(PASS.expected(q), m.value()), q + ": " + m.description() + " passes for right");
                AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> PASS.check(q, m.value()));
                assertTrue(e.getMessage().startsWith(q + ": your " + q + " matches ")
                        && e.getMessage().contains(m.description()), e.getMessage());
            }
            PASS.check(q, PASS.expected(q).copy());
        }
    }

    @Test
    void aTransposedDW2IsDiagnosedWithItsShapes() {
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> PASS.check("dW2", PASS.dW2().transpose()));
        assertEquals("dW2: your dW2 matches the expected gradient transposed: expected shape (3x5), got (5x3)", e.getMessage());
    }

    @Test
    void aMissingMaskAndAMaskFromTheOutputAreTheSameMistake() {
        Matrix noMask = PASS.da1().matmul(PASS.x().transpose());
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> PASS.check("dW1", noMask));
        assertTrue(e.getMessage().startsWith("dW1: your dW1 matches the gradient with the ReLU mask 1[z1 > 0] missing,"
                + " and also the gradient with the ReLU mask taken from the output as 1[a1 ≥ 0], which is always 1,"
                + " so zeros pass gradient: (5x4), first differing entry ("), e.getMessage());
    }

    @Test
    void anUnknownMistakeGetsOnlyTheDifference() {
        Matrix off = PASS.db2().copy();
        off.set(2, 0, off.get(2, 0) + 1);
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> PASS.check("db2", off));
        assertTrue(e.getMessage().startsWith("db2: (3x1), first differing entry (2, 0): expected "), e.getMessage());
    }

    @Test
    void badInputIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PASS.expected("dW3"));
        assertEquals("expected: no quantity dW3 (dz2, dW2, db2, da1, dz1, dW1, db1)", e.getMessage());
        IllegalArgumentException s = assertThrows(IllegalArgumentException.class, () -> ForwardPass.of(PASS.x(), PASS.y(),
                PASS.W2(), PASS.b1(), PASS.W2(), PASS.b2()));
        assertEquals("ForwardPass: x (4x6), y (3x6), W1 (3x5), b1 (5x1), W2 (3x5), b2 (3x1) do not fit"
                + " z1 = W1 x + b1, z2 = W2 a1 + b2", s.getMessage());
    }
}
