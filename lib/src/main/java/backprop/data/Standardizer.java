package backprop.data;

import backprop.Matrix;

/** Per-feature (per-row) standardisation x ← (x − μ) / σ, with μ and σ fitted on one matrix. */
public final class Standardizer {
    private final Matrix mean; // (D×1)
    private final Matrix std;  // (D×1); 1 where a feature is constant, so it maps to 0 instead of NaN

    private Standardizer(Matrix mean, Matrix std) {
        this.mean = mean;
        this.std = std;
    }

    /** μ and σ of each row of X (D×N), N ≥ 1. */
    public static Standardizer fit(Matrix x) {
        if (x.cols() == 0) throw new IllegalArgumentException("fit: (" + x.shape() + "): no examples to fit on");
        Matrix mean = x.rowSums().times(1.0 / x.cols());
        Matrix std = Matrix.zeros(x.rows(), 1);
        for (int d = 0; d < x.rows(); d++) {
            double s = 0;
            for (int n = 0; n < x.cols(); n++) s += Math.pow(x.get(d, n) - mean.get(d, 0), 2);
            double sigma = Math.sqrt(s / x.cols());
            std.set(d, 0, sigma > 1e-12 ? sigma : 1);
        }
        return new Standardizer(mean, std);
    }

    /** (X − μ) / σ, row by row. */
    public Matrix apply(Matrix x) {
        if (x.rows() != mean.rows()) {
            throw new IllegalArgumentException("apply: fitted on " + mean.rows() + " features, got (" + x.shape() + ")");
        }
        Matrix out = Matrix.zeros(x.rows(), x.cols());
        for (int d = 0; d < x.rows(); d++) {
            for (int n = 0; n < x.cols(); n++) out.set(d, n, (x.get(d, n) - mean.get(d, 0)) / std.get(d, 0));
        }
        return out;
    }

    public Matrix mean() {
        return mean.copy();
    }

    public Matrix std() {
        return std.copy();
    }
}
