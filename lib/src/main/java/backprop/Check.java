package backprop;

/**
 * The checks a notebook cell ends with: each throws an {@link AssertionError} whose message says
 * what was expected, what came, and where. They throw on their own: Java's {@code assert} is off
 * unless the JVM runs with -ea.
 */
public final class Check {
    /** The default tolerance on the relative error (see {@link GradientCheck#relativeError}). */
    public static final double TOLERANCE = 1e-6;

    private Check() {}

    /** Throws unless {@code actual} has the shape of {@code expected} and every entry agrees to {@link #TOLERANCE}. */
    public static void close(String what, Matrix expected, Matrix actual) {
        close(what, expected, actual, TOLERANCE);
    }

    /** As {@link #close(String, Matrix, Matrix)}, with a tolerance on the relative error. */
    public static void close(String what, Matrix expected, Matrix actual, double tolerance) {
        if (!expected.sameShape(actual)) {
            String hint = expected.rows() == actual.cols() && expected.cols() == actual.rows() ? " (transposed?)" : "";
            throw new AssertionError(what + ": expected shape (" + expected.shape() + "), got (" + actual.shape() + ")"
                    + hint);
        }
        int worstI = -1;
        int worstJ = -1;
        double worst = 0;
        for (int i = 0; i < expected.rows(); i++) {
            for (int j = 0; j < expected.cols(); j++) {
                double e = GradientCheck.relativeError(expected.get(i, j), actual.get(i, j));
                if (Double.isNaN(e)) e = Double.POSITIVE_INFINITY;
                if (e > worst) {
                    worst = e;
                    worstI = i;
                    worstJ = j;
                }
            }
        }
        if (worst > tolerance) {
            throw new AssertionError(String.format("%s: at (%d, %d) expected %s, got %s (relative error %.2e > %.0e)",
                    what, worstI, worstJ, expected.get(worstI, worstJ), actual.get(worstI, worstJ), worst, tolerance));
        }
    }

    /** Throws unless |actual − expected| ≤ tolerance·max(1, |expected|). */
    public static void close(String what, double expected, double actual, double tolerance) {
        if (!(Math.abs(actual - expected) <= tolerance * Math.max(1, Math.abs(expected)))) {
            throw new AssertionError(what + ": expected " + expected + ", got " + actual);
        }
    }

    /** Throws unless the condition holds. */
    public static void that(String what, boolean condition) {
        if (!condition) throw new AssertionError(what);
    }
}
