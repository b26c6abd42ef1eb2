package backprop.data;

import backprop.Matrix;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * K interleaved spiral arms in the plane, one class per arm (the CS231n toy data): no straight
 * line separates them, so a network needs its hidden layer.
 */
public final class Spiral {
    private Spiral() {}

    /**
     * {@code perClass} points per arm: point n of arm k has radius r = n/(perClass − 1) and angle
     * 4k + 4r + noise·N(0, 1) (radians), drawn with {@code new Random(seed)}. X is (2×K·perClass),
     * class k's points together; features x1, x2; classes "0" … "K−1".
     */
    public static Dataset generate(int perClass, int classes, double noise, long seed) {
        if (perClass < 2 || classes < 2 || !(noise >= 0)) {
            throw new IllegalArgumentException("generate: need at least 2 points per class and 2 classes and noise ≥ 0, "
                    + "got " + perClass + " per class, " + classes + " classes, noise " + noise);
        }
        Random random = new Random(seed);
        int n = perClass * classes;
        Matrix x = Matrix.zeros(2, n);
        int[] labels = new int[n];
        List<String> names = new ArrayList<>();
        for (int k = 0; k < classes; k++) {
            names.add(Integer.toString(k));
            for (int i = 0; i < perClass; i++) {
                int col = k * perClass + i;
                double r = (double) i / (perClass - 1);
                double t = 4.0 * k + 4.0 * r + noise * random.nextGaussian();
                x.set(0, col, r * Math.sin(t));
                x.set(1, col, r * Math.cos(t));
                labels[col] = k;
            }
        }
        return new Dataset(x, OneHot.encode(labels, classes), labels, names, List.of("x1", "x2"));
    }
}
