package backprop.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import backprop.Matrix;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class GradeTests {
    private static final Matrix EXPECTED = Matrix.of(new double[] {1, 2, 3}, new double[] {4, 5, 6});

    @Test
    void acceptsAgreementWithinTheTolerance() {
        Grade.matrix("dW2", EXPECTED, EXPECTED.times(1 + 1e-9));
        Grade.matrix("tiny", Matrix.row(1e-13), Matrix.row(-1e-13)); // below the floor: round-off, not a mistake
    }

    @Test
    void namesTheFirstDifferingEntry() {
        Matrix actual = EXPECTED.copy();
        actual.set(1, 0, 4.5);
        actual.set(1, 2, 7);
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> Grade.matrix("dW2", EXPECTED, actual));
        assertEquals("dW2: (2x3), first differing entry (1, 0): expected 4.0, got 4.5", e.getMessage());
    }

    @Test
    void namesTheShapes() {
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> Grade.matrix("db1", Matrix.zeros(5, 1), Matrix.zeros(1, 6)));
        assertEquals("db1: expected shape (5x1), got (1x6)", e.getMessage());
    }

    @Test
    void namesTheMistakeItMatches() {
        List<Mistake> mistakes = List.of(new Mistake("the expected gradient transposed", EXPECTED.transpose()),
                new Mistake("the expected gradient with its sign flipped", EXPECTED.times(-1)));
        AssertionFailedError t = assertThrows(AssertionFailedError.class,
                () -> Grade.matrix("dW2", EXPECTED, EXPECTED.transpose(), mistakes));
        assertEquals("dW2: your dW2 matches the expected gradient transposed: expected shape (2x3), got (3x2)",
                t.getMessage());
        AssertionFailedError s = assertThrows(AssertionFailedError.class,
                () -> Grade.matrix("dW2", EXPECTED, EXPECTED.times(-1), mistakes));
        assertEquals("dW2: your dW2 matches the expected gradient with its sign flipped: (2x3), first differing entry"
                + " (0, 0): expected 1.0, got -1.0", s.getMessage());
    }

    @Test
    void namesEveryMistakeThatGivesTheSameValue() {
        List<Mistake> mistakes = List.of(new Mistake("mistake a", EXPECTED.times(2)), new Mistake("mistake b", EXPECTED.times(2)));
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> Grade.matrix("x", EXPECTED, EXPECTED.times(2), mistakes));
        assertEquals("x: your x matches mistake a, and also mistake b: (2x3), first differing entry (0, 0):"
                + " expected 1.0, got 2.0", e.getMessage());
    }

    @Test
    void nanNeverAgrees() {
        Matrix actual = EXPECTED.copy();
        actual.set(0, 2, Double.NaN);
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> Grade.matrix("yHat", EXPECTED, actual, List.of(new Mistake("nan", actual))));
        assertEquals("yHat: (2x3), first differing entry (0, 2): expected 3.0, got NaN", e.getMessage());
    }

    @Test
    void refusesNull() {
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> Grade.matrix("dz1", EXPECTED, null));
        assertEquals("dz1: your code returned null, expected a (2x3) matrix", e.getMessage());
    }

    @Test
    void thatThrowsItsMessage() {
        Grade.that("never shown", true);
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> Grade.that("the loss did not fall", false));
        assertEquals("the loss did not fall", e.getMessage());
    }
}
