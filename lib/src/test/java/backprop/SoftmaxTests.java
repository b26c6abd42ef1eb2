package backprop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The softmax Jacobian against finite differences, the naive softmax's failure and log-sum-exp. */
class SoftmaxTests {
    private final Matrix z = Matrix.column(0.5, -1.2, 2.0, 0.1); // C = 4

    @Test
    void jacobianMatchesFiniteDifferencesColumnByColumn() {
        Matrix jac = Softmax.jacobian(z);
        Check.close("softmax jacobian", GradientCheck.numericJacobian(Softmax::of, z.copy()), jac, 1e-8);
        for (int i = 0; i < 4; i++) { // and the checker's Jacobian is right: its row i is the gradient of ŷᵢ
            int row = i;
            Matrix gradient = GradientCheck.numeric(v -> Softmax.of(v).get(row, 0), z.copy());
            Check.close("∂ŷ" + i + "/∂z", gradient.transpose(), Matrix.of(jac.toArray()[i]), 1e-8);
        }
        assertEquals(jac, jac.transpose());
        Check.close("columns of the Jacobian sum to 0", Matrix.zeros(1, 4), jac.colSums(), 1e-9);
    }

    @Test
    void jacobianTimesTheCrossEntropyGradientCollapsesToYHatMinusY() {
        Matrix y = Matrix.column(0, 0, 1, 0);
        Matrix yHat = Softmax.of(z);
        Matrix dJdYHat = Matrix.zeros(4, 1);
        for (int i = 0; i < 4; i++) dJdYHat.set(i, 0, -y.get(i, 0) / yHat.get(i, 0)); // ∂(−Σ y log ŷ)/∂ŷᵢ
        Check.close("Jᵀ dJ/dŷ", yHat.minus(y), Softmax.jacobian(z).transpose().matmul(dJdYHat), 1e-12);
    }

    @Test
    void jacobianOfTwoEqualLogitsIsAQuarter() {
        Matrix jac = Softmax.jacobian(Matrix.column(3, 3));
        assertEquals(Matrix.of(new double[] {0.25, -0.25}, new double[] {-0.25, 0.25}), jac);
    }

    @Test
    void numericJacobianOfALinearMapIsItsMatrix() {
        Matrix a = Matrix.of(new double[] {1, 2, 3}, new double[] {-4, 5, 0.5}); // (2x3): in ≠ out
        Check.close("numeric Jacobian of A x", a, GradientCheck.numericJacobian(a::matmul, Matrix.column(1, 1, 1)), 1e-9);
        assertEquals("numericJacobian: x (3x2) must be one column (n×1)", assertThrows(IllegalArgumentException.class,
                () -> GradientCheck.numericJacobian(a::matmul, Matrix.zeros(3, 2))).getMessage());
    }

    @Test
    void jacobianNeedsOneColumn() {
        assertEquals("softmax jacobian: z (3x2) must be one column (C×1)",
                assertThrows(IllegalArgumentException.class, () -> Softmax.jacobian(Matrix.zeros(3, 2))).getMessage());
    }

    @Test
    void naiveSoftmaxAgreesOnSmallLogitsAndTurnsLargeOnesIntoNaN() {
        Check.close("naive softmax", Softmax.of(z), Softmax.naive(z), 1e-15);
        Matrix big = Softmax.naive(Matrix.column(1000, 1001, 1002));
        for (double p : big.toVector()) assertTrue(Double.isNaN(p), big.toString());
        assertEquals(null, Softmax.of(Matrix.column(1000, 1001, 1002)).firstNonFinite());
    }

    @Test
    void logSumExpIsStable() {
        Matrix zs = Matrix.of(new double[] {1000, 0, -1000}, new double[] {1000, Math.log(3), -1000});
        Matrix lse = Softmax.logSumExp(zs);
        assertEquals(1000 + Math.log(2), lse.get(0, 0), 1e-12);
        assertEquals(Math.log(4), lse.get(0, 1), 1e-15);
        assertEquals(-1000 + Math.log(2), lse.get(0, 2), 1e-12);
        Check.close("log softmax = z − logsumexp", Softmax.logOf(zs),
                zs.minus(Matrix.of(lse.toArray()[0], lse.toArray()[0])), 1e-12);
        assertEquals("logSumExp: (1x1) has Infinity at (0, 0)", assertThrows(ArithmeticException.class,
                () -> Softmax.logSumExp(Matrix.column(Double.POSITIVE_INFINITY))).getMessage());
    }
}
