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

    /** The (1×N) targets of a two-class problem for a single sigmoid output: 1 for class 1, 0 for class 0. */
    public static Matrix binary(int[] labels) {
        Matrix y = Matrix.zeros(1, labels.length);
        for (int n = 0; n < labels.length; n++) {
            if (labels[n] != 0 && labels[n] != 1) {
                throw new IllegalArgumentException("binary: label " + labels[n] + " of example " + n + " is not 0 or 1");
            }
            y.set(0, n, labels[n]);
        }
        return y;
    }
}
