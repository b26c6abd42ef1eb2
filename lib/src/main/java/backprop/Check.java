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
        int[] at = worstEntry(expected, actual);
        if (at != null) {
            double worst = relativeError(expected.get(at[0], at[1]), actual.get(at[0], at[1]));
            if (worst > tolerance) {
                throw new AssertionError(String.format("%s: at (%d, %d) expected %s, got %s (relative error %.2e > %.0e)",
                        what, at[0], at[1], expected.get(at[0], at[1]), actual.get(at[0], at[1]), worst, tolerance));
            }
        }
    }

    /**
     * The check after a derivation step: the gradient worked out by hand must agree with finite
     * differences and with the library. Returns a one-line summary for the notebook to show.
     */
    public static String agree(String what, Matrix byHand, Matrix finiteDifferences, Matrix library) {
        close(what + " by hand vs finite differences", finiteDifferences, byHand);
        close(what + " by hand vs the library", library, byHand);
        int[] at = worstEntry(finiteDifferences, byHand);
        double worst = at == null ? 0 : relativeError(finiteDifferences.get(at[0], at[1]), byHand.get(at[0], at[1]));
        return String.format("%s (%s): by hand = finite differences = library (worst relative error %.1e)",
                what, byHand.shape(), worst);
    }

    /** The entry where two same-shaped matrices differ most, NaN counting as the most; null if empty. */
    private static int[] worstEntry(Matrix expected, Matrix actual) {
        int[] at = null;
        double worst = -1;
        for (int i = 0; i < expected.rows(); i++) {
            for (int j = 0; j < expected.cols(); j++) {
                double e = relativeError(expected.get(i, j), actual.get(i, j));
                if (e > worst) {
                    worst = e;
                    at = new int[] {i, j};
                }
            }
        }
        return at;
    }

    private static double relativeError(double expected, double actual) {
        double e = GradientCheck.relativeError(expected, actual);
        return Double.isNaN(e) ? Double.POSITIVE_INFINITY : e;
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
