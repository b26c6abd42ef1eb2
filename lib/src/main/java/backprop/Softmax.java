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
        for (int j = 0; j < z.cols(); j++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < z.rows(); i++) max = Math.max(max, z.get(i, j));
            double sum = 0;
            for (int i = 0; i < z.rows(); i++) sum += Math.exp(z.get(i, j) - max);
            double logSum = Math.log(sum); // (z − max) − log Σ e^(z − max): no cancellation against a large max
            for (int i = 0; i < z.rows(); i++) out.set(i, j, (z.get(i, j) - max) - logSum);
        }
        return out;
    }
}
