package backprop.grading;

import backprop.GradientCheck;
import backprop.Matrix;
import backprop.Softmax;
import backprop.SoftmaxCrossEntropy;
import java.util.List;
import java.util.Random;

/**
 * The seed network's forward pass on one batch, with the reference gradients and, for each, the
 * catalogue of known wrong variants that {@link #check} names.
 *
 * <p>z1 = W1 x + b1, a1 = relu(z1), z2 = W2 a1 + b2, ŷ = softmax(z2), J = −(1/N) Σ y log ŷ.
 * Shapes: x (D×N), y (C×N), W1 (H×D), b1 (H×1), W2 (C×H), b2 (C×1).
 */
public final class ForwardPass {
    private final Matrix x, y, W1, b1, W2, b2, z1, a1, z2, yHat;

    private ForwardPass(Matrix x, Matrix y, Matrix W1, Matrix b1, Matrix W2, Matrix b2) {
        this.x = x;
        this.y = y;
        this.W1 = W1;
        this.b1 = b1;
        this.W2 = W2;
        this.b2 = b2;
        this.z1 = W1.matmul(x).plusColumn(b1);             // (H,D)·(D,N) + (H,1) → (H,N)
        this.a1 = z1.map(v -> Math.max(0, v));            // (H,N)
        this.z2 = W2.matmul(a1).plusColumn(b2);            // (C,H)·(H,N) + (C,1) → (C,N)
        this.yHat = Softmax.of(z2);                        // (C,N)
    }

    /** The forward pass for the given batch and parameters (not modified). */
    public static ForwardPass of(Matrix x, Matrix y, Matrix W1, Matrix b1, Matrix W2, Matrix b2) {
        if (x.cols() != y.cols() || W1.cols() != x.rows() || W2.cols() != W1.rows() || W2.rows() != y.rows()
                || !b1.sameShape(Matrix.zeros(W1.rows(), 1)) || !b2.sameShape(Matrix.zeros(W2.rows(), 1))) {
            throw new IllegalArgumentException("ForwardPass: x (" + x.shape() + "), y (" + y.shape() + "), W1 ("
                    + W1.shape() + "), b1 (" + b1.shape() + "), W2 (" + W2.shape() + "), b2 (" + b2.shape()
                    + ") do not fit z1 = W1 x + b1, z2 = W2 a1 + b2");
        }
        return new ForwardPass(x, y, W1, b1, W2, b2);
    }

    /**
     * A random batch and network from {@code new Random(seed)}: D = 4, H = 5, C = 3, N = 6, no two
     * alike, so a transposed or un-averaged gradient cannot pass for the right one.
     */
    public static ForwardPass random(long seed) {
        Random r = new Random(seed);
        int d = 4, h = 5, c = 3, n = 6;
        Matrix x = Matrix.gaussian(d, n, 1, r);
        Matrix y = Matrix.zeros(c, n);
        for (int j = 0; j < n; j++) y.set(r.nextInt(c), j, 1);
        return of(x, y, Matrix.gaussian(h, d, Math.sqrt(2.0 / d), r), Matrix.gaussian(h, 1, 0.1, r),
                Matrix.gaussian(c, h, Math.sqrt(2.0 / h), r), Matrix.gaussian(c, 1, 0.1, r));
    }

    public Matrix x() { return x; }
    public Matrix y() { return y; }
    public Matrix W1() { return W1; }
    public Matrix b1() { return b1; }
    public Matrix W2() { return W2; }
    public Matrix b2() { return b2; }
    public Matrix z1() { return z1; }
    public Matrix a1() { return a1; }
    public Matrix z2() { return z2; }
    public Matrix yHat() { return yHat; }

    /** N, the batch size. */
    public int n() {
        return x.cols();
    }

    /** J = −(1/N) Σ y log ŷ, the library's {@link SoftmaxCrossEntropy}. */
    public double loss() {
        return new SoftmaxCrossEntropy().forward(z2, y);
    }

    // ---- the reference gradients (package-private: a student's cell cannot return them) ------------

    Matrix dz2() {
        return yHat.minus(y).times(1.0 / n());                 // dJ/dz2 = (ŷ − y)/N: (C,N)
    }

    Matrix dW2() {
        return dz2().matmul(a1.transpose());                   // dJ/dW2 = dJ/dz2 a1ᵀ: (C,N)·(N,H) → (C,H)
    }

    Matrix db2() {
        return dz2().rowSums();                                // Σ over the batch: (C,N) → (C,1)
    }

    Matrix da1() {
        return W2.transpose().matmul(dz2());                   // dJ/da1 = W2ᵀ dJ/dz2: (H,C)·(C,N) → (H,N)
    }

    Matrix dz1() {
        return da1().hadamard(z1.map(v -> v > 0 ? 1 : 0));     // dJ/dz1 = dJ/da1 ⊙ 1[z1 > 0]: (H,N)
    }

    Matrix dW1() {
        return dz1().matmul(x.transpose());                    // dJ/dW1 = dJ/dz1 xᵀ: (H,N)·(N,D) → (H,D)
    }

    Matrix db1() {
        return dz1().rowSums();                                // (H,N) → (H,1)
    }

    /** The centred finite-difference dJ/dθ for θ one of W1, b1, W2, b2 (restored afterwards). */
    public Matrix numeric(String parameter) {
        return switch (parameter) {
            case "W1" -> GradientCheck.numeric(t -> of(x, y, t, b1, W2, b2).loss(), W1.copy());
            case "b1" -> GradientCheck.numeric(t -> of(x, y, W1, t, W2, b2).loss(), b1.copy());
            case "W2" -> GradientCheck.numeric(t -> of(x, y, W1, b1, t, b2).loss(), W2.copy());
            case "b2" -> GradientCheck.numeric(t -> of(x, y, W1, b1, W2, t).loss(), b2.copy());
            default -> throw new IllegalArgumentException("numeric: no parameter " + parameter + " (W1, b1, W2, b2)");
        };
    }

    // ---- grading -------------------------------------------------------------------------------

    /** The reference value of dz2, dW2, db2, da1, dz1, dW1 or db1. */
    Matrix expected(String quantity) {
        return switch (quantity) {
            case "dz2" -> dz2();
            case "dW2" -> dW2();
            case "db2" -> db2();
            case "da1" -> da1();
            case "dz1" -> dz1();
            case "dW1" -> dW1();
            case "db1" -> db1();
            default -> throw new IllegalArgumentException("expected: no quantity " + quantity
                    + " (dz2, dW2, db2, da1, dz1, dW1, db1)");
        };
    }

    /**
     * What each known mistake makes of {@code quantity}, computed along the whole backward pass,
     * with only that mistake made.
     */
    List<Mistake> mistakes(String quantity) {
        Matrix e = expected(quantity);
        Matrix dz2 = dz2();
        Matrix da1 = da1();
        List<Mistake> common = List.of(
                new Mistake("the expected gradient transposed", e.transpose()),
                new Mistake("N times the expected gradient: the 1/N of the mean loss is missing", e.times(n())),
                new Mistake("the expected gradient with its sign flipped", e.times(-1)));
        // dJ/dz1 with each of the ReLU's mistakes, and what it leads to downstream
        Matrix maskMissing = da1;
        Matrix maskFromUpstream = da1.hadamard(da1.map(v -> v > 0 ? 1 : 0));
        String missing = "the gradient with the ReLU mask 1[z1 > 0] missing";
        String fromOutput = "the gradient with the ReLU mask taken from the output as 1[a1 ≥ 0], which is always 1,"
                + " so zeros pass gradient";
        String fromUpstream = "the gradient with the ReLU mask recomputed from the upstream gradient, 1[dJ/da1 > 0],"
                + " instead of the cached z1";
        List<Mistake> specific = switch (quantity) {
            case "dz2" -> List.of(new Mistake("(z2 − y)/N: the pre-activation z2 where the activation ŷ = softmax(z2)"
                    + " belongs", z2.minus(y).times(1.0 / n())));
            case "dW2" -> List.of(
                    new Mistake("the gradient with the pre-activation z1 where the activation a1 belongs",
                            dz2.matmul(z1.transpose())),
                    new Mistake("the gradient recomputed from the network's input x instead of the cached layer input a1",
                            dz2.matmul(x.transpose())));
            case "db2" -> List.of(wrongAxis(dz2));
            case "da1" -> List.of();
            case "dz1" -> List.of(new Mistake(missing, maskMissing), new Mistake(fromOutput, maskMissing),
                    new Mistake(fromUpstream, maskFromUpstream));
            case "dW1" -> List.of(new Mistake(missing, maskMissing.matmul(x.transpose())),
                    new Mistake(fromOutput, maskMissing.matmul(x.transpose())),
                    new Mistake(fromUpstream, maskFromUpstream.matmul(x.transpose())));
            case "db1" -> List.of(wrongAxis(dz1()), new Mistake(missing, maskMissing.rowSums()),
                    new Mistake(fromOutput, maskMissing.rowSums()), new Mistake(fromUpstream, maskFromUpstream.rowSums()));
            default -> throw new IllegalStateException(quantity); // expected() has already refused it
        };
        return java.util.stream.Stream.concat(common.stream(), specific.stream()).toList();
    }

    private static Mistake wrongAxis(Matrix dz) {
        return new Mistake("the bias gradient summed along the wrong axis (over the units, colSums, instead of over"
                + " the batch, rowSums)", dz.colSums());
    }

    /** Throws, naming the mistake when it is a known one, unless {@code actual} is {@code quantity}'s reference value. */
    public void check(String quantity, Matrix actual) {
        Grade.matrix(quantity, expected(quantity), actual, mistakes(quantity));
    }
}
