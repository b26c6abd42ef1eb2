package backprop;

/**
 * softmax(z)ᵢ = e^zᵢ / Σⱼ e^zⱼ, column by column.
 *
 * <p>Both functions subtract each column's maximum first: e^1000 overflows, e^(1000 − 1002) does
 * not, and the result is the same.
 */
public final class Softmax {
    private Softmax() {}

    /** The probabilities ŷ = softmax(z) for logits z (C×N): each column sums to 1. */
    public static Matrix of(Matrix z) {
        return logOf(z).map(Math::exp);
    }

    /** log softmax(z) = z − logΣexp(z), finite wherever z is, even where softmax underflows to 0. */
    public static Matrix logOf(Matrix z) {
        z.requireFinite("softmax");
        Matrix out = Matrix.zeros(z.rows(), z.cols());
        double[][] zs = z.rowArrays(), os = out.rowArrays(); // the step's hot loop: no bounds check per entry
        for (int j = 0; j < z.cols(); j++) {
            double max = Double.NEGATIVE_INFINITY;
            for (double[] zi : zs) max = Math.max(max, zi[j]);
            double sum = 0;
            for (double[] zi : zs) sum += Math.exp(zi[j] - max);
            double logSum = Math.log(sum); // (z − max) − log Σ e^(z − max): no cancellation against a large max
            for (int i = 0; i < zs.length; i++) os[i][j] = (zs[i][j] - max) - logSum;
        }
        return out;
    }

    /**
     * The Jacobian ∂ŷᵢ/∂zⱼ = ŷᵢ(δᵢⱼ − ŷⱼ) of ŷ = softmax(z) at one column z (C×1): (C×C), row i is ŷᵢ.
     * Symmetric, and each column sums to 0 because the ŷᵢ always sum to 1.
     */
    public static Matrix jacobian(Matrix z) {
        if (z.cols() != 1) {
            throw new IllegalArgumentException("softmax jacobian: z (" + z.shape() + ") must be one column (C×1)");
        }
        Matrix p = of(z);
        int c = z.rows();
        Matrix jac = Matrix.zeros(c, c);
        for (int i = 0; i < c; i++) {
            for (int j = 0; j < c; j++) jac.set(i, j, p.get(i, 0) * ((i == j ? 1 : 0) - p.get(j, 0)));
        }
        return jac;
    }

    /**
     * e^zᵢ / Σⱼ e^zⱼ as written, without subtracting the maximum: the reference that shows why {@link #of}
     * does. For logits near 1000, e^z overflows to ∞ and ∞/∞ is NaN; no check, on purpose.
     */
    public static Matrix naive(Matrix z) {
        Matrix e = z.map(Math::exp);
        Matrix sums = e.colSums(); // (1×N)
        Matrix out = Matrix.zeros(z.rows(), z.cols());
        for (int i = 0; i < z.rows(); i++) {
            for (int j = 0; j < z.cols(); j++) out.set(i, j, e.get(i, j) / sums.get(0, j));
        }
        return out;
    }

    /** log Σᵢ e^zᵢ per column, (C×N) → (1×N), as max + log Σ e^(z − max): finite wherever z is. */
    public static Matrix logSumExp(Matrix z) {
        z.requireFinite("logSumExp");
        Matrix out = Matrix.zeros(1, z.cols());
        for (int j = 0; j < z.cols(); j++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < z.rows(); i++) max = Math.max(max, z.get(i, j));
            double sum = 0;
            for (int i = 0; i < z.rows(); i++) sum += Math.exp(z.get(i, j) - max);
            out.set(0, j, max + Math.log(sum));
        }
        return out;
    }
}
