package backprop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CheckTests {
    @Test
    void closeNamesTheWorstEntry() {
        AssertionError e = assertThrows(AssertionError.class,
                () -> Check.close("dJ/dW2", Matrix.row(1, 2, 3), Matrix.row(1, 2.5, 3)));
        assertEquals("dJ/dW2: at (0, 1) expected 2.0, got 2.5 (relative error 2.00e-01 > 1e-06)", e.getMessage());
    }

    @Test
    void closeSaysWhenTheShapeLooksTransposed() {
        AssertionError e = assertThrows(AssertionError.class,
                () -> Check.close("dJ/dW1", Matrix.zeros(3, 4), Matrix.zeros(4, 3)));
        assertEquals("dJ/dW1: expected shape (3x4), got (4x3) (transposed?)", e.getMessage());
    }

    @Test
    void closeTreatsNaNAsADifference() {
        assertThrows(AssertionError.class, () -> Check.close("x", Matrix.row(1), Matrix.row(Double.NaN)));
    }

    @Test
    void agreeNamesWhichComparisonFailed() {
        Matrix right = Matrix.row(1, 2);
        assertEquals("dJ/db2 (1x2): by hand = finite differences = library (worst relative error 0.0e+00)",
                Check.agree("dJ/db2", right, right, right));
        AssertionError e = assertThrows(AssertionError.class,
                () -> Check.agree("dJ/db2", right, right, Matrix.row(1, 3)));
        assertEquals("dJ/db2 by hand vs the library: at (0, 1) expected 3.0, got 2.0 (relative error 3.33e-01 > 1e-06)",
                e.getMessage());
    }

    @Test
    void closeAcceptsAgreement() {
        Check.close("x", Matrix.row(1, 1e-12), Matrix.row(1 + 1e-9, 0));
    }
}
