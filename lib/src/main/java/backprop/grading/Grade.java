package backprop.grading;

import static org.junit.jupiter.api.Assertions.fail;

import backprop.GradientCheck;
import backprop.Matrix;
import java.util.List;

/**
 * The checks a graded cell ends with: each throws an {@link org.opentest4j.AssertionFailedError}
 * saying what was expected, what came back and where, and which known mistake it matches.
 */
public final class Grade {
    /** The tolerance on the relative error |a − e| / max(|a|, |e|, 1e-6) of every entry. */
    public static final double TOLERANCE = 1e-6;

    private Grade() {}

    /**
     * Throws unless {@code actual} has the shape of {@code expected} and agrees with it entry by entry;
     * the message names every mistake of {@code mistakes} that {@code actual} matches.
     */
    public static void matrix(String what, Matrix expected, Matrix actual, List<Mistake> mistakes) {
        if (actual == null) fail(what + ": your code returned null, expected a (" + expected.shape() + ") matrix");
        if (agrees(expected, actual)) return;
        List<String> matched = mistakes.stream().filter(m -> agrees(m.value(), actual)).map(Mistake::description).toList();
        String diagnosis = matched.isEmpty() ? "" : "your " + what + " matches " + String.join(", and also ", matched) + ": ";
        fail(what + ": " + diagnosis + difference(expected, actual));
    }

    /** As {@link #matrix(String, Matrix, Matrix, List)} with no catalogue of mistakes. */
    public static void matrix(String what, Matrix expected, Matrix actual) {
        matrix(what, expected, actual, List.of());
    }

    /** Throws with {@code message} unless {@code condition} holds. */
    public static void that(String message, boolean condition) {
        if (!condition) fail(message);
    }

    /** True when the shapes are equal and every entry agrees to {@link #TOLERANCE} (NaN never agrees). */
    static boolean agrees(Matrix expected, Matrix actual) {
        return expected.sameShape(actual) && firstDifference(expected, actual) == null;
    }

    /** The shapes when they differ, else the first differing entry (row by row). */
    static String difference(Matrix expected, Matrix actual) {
        if (!expected.sameShape(actual)) {
            return "expected shape (" + expected.shape() + "), got (" + actual.shape() + ")";
        }
        int[] at = firstDifference(expected, actual);
        return String.format("(%s), first differing entry (%d, %d): expected %s, got %s", expected.shape(), at[0], at[1],
                expected.get(at[0], at[1]), actual.get(at[0], at[1]));
    }

    private static int[] firstDifference(Matrix expected, Matrix actual) {
        for (int i = 0; i < expected.rows(); i++) {
            for (int j = 0; j < expected.cols(); j++) {
                double e = GradientCheck.relativeError(expected.get(i, j), actual.get(i, j));
                if (!(e <= TOLERANCE)) return new int[] {i, j};
            }
        }
        return null;
    }
}
