package backprop.data;

import backprop.Matrix;

/** One-hot targets: class k of example n becomes a 1 at (k, n) of a (C×N) matrix. */
public final class OneHot {
    private OneHot() {}

    public static Matrix encode(int[] labels, int classes) {
        Matrix y = Matrix.zeros(classes, labels.length);
        for (int n = 0; n < labels.length; n++) {
            if (labels[n] < 0 || labels[n] >= classes) {
                throw new IllegalArgumentException("encode: label " + labels[n] + " of example " + n
                        + " is outside 0.." + (classes - 1));
            }
            y.set(labels[n], n, 1);
        }
        return y;
    }
}
