package backprop;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Table;

/**
 * The gradient dJ/dW of every weight of a small network computed two ways, counting multiplications.
 *
 * <p>The network is the library's: dense layers with tanh or sigmoid between them (smooth, so no
 * kinks), a linear last layer and J = ½‖ŷ − y‖² for one example x (D×1):
 * z^l = W^l a^(l−1) + b^l, a^l = f(z^l), ŷ = z^L.
 *
 * <ul>
 *   <li>{@link #byPaths()}: the chain rule expanded. For W^l_ij, every path i = k_l → k_(l+1) → … → k_L
 *       from z^l_i to J contributes a^(l−1)_j · Π f′(z^m_km) W^(m+1)_(k(m+1) km) · (ŷ_kL − y_kL); each
 *       path's product, and each f′ in it, is computed afresh.
 *   <li>{@link #byBackprop()}: dynamic programming. f′ is computed once per unit, δ^l = dJ/dz^l once per
 *       layer, and every dJ/dW^l = δ^l a^(l−1)ᵀ reuses them.
 * </ul>
 *
 * <p>The counts are of the multiplications the two computations perform (f′ = 1 − a² or a(1 − a)
 * costs one); the forward pass, which both need, is not counted.
 */
public final class PathSum {
    private final List<Matrix> W = new ArrayList<>();       // W^1 … W^L
    private final List<Matrix> a = new ArrayList<>();       // a^0 = x, a^1 … a^(L−1): the cached forward values
    private final List<Boolean> isSigmoid = new ArrayList<>(); // per hidden layer: f is σ (else tanh)
    private final Matrix residual;                          // ŷ − y = dJ/dŷ
    private long multiplications;

    /**
     * The path sum of {@code network} at one example x (D×1) with target y, for J = ½‖ŷ − y‖².
     * The network must be Dense, then (Tanh or Sigmoid, Dense) repeated. Not modified: network, x, y.
     */
    public PathSum(Network network, Matrix x, Matrix y) {
        if (x.cols() != 1) {
            throw new IllegalArgumentException("PathSum: x (" + x.shape() + ") must be one example, a (D×1) column");
        }
        List<Layer> layers = network.layers();
        Matrix out = x;
        for (int k = 0; k < layers.size(); k++) {
            Layer layer = layers.get(k);
            boolean wantDense = k % 2 == 0;
            if (wantDense != layer instanceof Dense || !(wantDense || layer instanceof Tanh || layer instanceof Sigmoid)) {
                throw new IllegalArgumentException("PathSum: layer " + (k + 1) + " is " + layer + ", expected "
                        + (wantDense ? "Dense" : "Tanh or Sigmoid") + " (Dense, then Tanh or Sigmoid and Dense, repeated)");
            }
            if (layer instanceof Dense dense) {
                W.add(dense.W().value());
                a.add(out);
                out = dense.W().value().matmul(out).plusColumn(dense.b().value()); // z^l = W^l a^(l−1) + b^l
            } else {
                isSigmoid.add(layer instanceof Sigmoid);
                out = out.map(layer instanceof Sigmoid ? Sigmoid::sigmoid : Math::tanh); // a^l = f(z^l)
            }
        }
        if (layers.isEmpty() || layers.size() % 2 == 0) {
            throw new IllegalArgumentException("PathSum: the network must end with a Dense layer, it has " + layers.size()
                    + " layers");
        }
        Loss.requireSameShape("PathSum", out, y);
        this.residual = out.minus(y);
    }

    /** A seeded network of {@code depth} dense layers, each (width×width), with tanh between, and a random x and y. */
    public static PathSum random(int depth, int width, long seed) {
        if (depth < 1 || width < 1) {
            throw new IllegalArgumentException("PathSum.random: depth " + depth + " and width " + width + " must be ≥ 1");
        }
        Network net = new Network(seed);
        for (int l = 1; l <= depth; l++) {
            net.denseXavier(width, width);
            if (l < depth) net.tanh();
        }
        Random random = new Random(seed + 1);
        return new PathSum(net, Matrix.gaussian(width, 1, 1, random), Matrix.gaussian(width, 1, 1, random));
    }

    /** J = ½‖ŷ − y‖², the loss both gradients are of (the library's {@link MeanSquaredError} for N = 1). */
    public double loss() {
        return 0.5 * residual.hadamard(residual).sum();
    }

    /** The number of dense layers L. */
    public int depth() {
        return W.size();
    }

    /** dJ/dW^1 … dJ/dW^L, each the sum over every path from the weight to J of the product along it. */
    public Gradients byPaths() {
        multiplications = 0;
        long paths = 0;
        int L = depth();
        List<Matrix> dW = new ArrayList<>();
        for (int l = 1; l <= L; l++) {
            Matrix w = W.get(l - 1);
            Matrix g = Matrix.zeros(w.rows(), w.cols());
            for (int i = 0; i < w.rows(); i++) {
                for (int j = 0; j < w.cols(); j++) {
                    double sum = 0;
                    // A path from z^l_i: units k[l+1] … k[L] of the later layers, enumerated like an odometer.
                    int[] k = new int[L + 1];
                    k[l] = i;
                    do {
                        sum += pathProduct(l, j, k);
                        paths++;
                    } while (advance(k, l));
                    g.set(i, j, sum);
                }
            }
            dW.add(g);
        }
        return new Gradients(dW, multiplications, paths);
    }

    /** a^(l−1)_j · Π_(m=l)^(L−1) f′(z^m_(k_m)) W^(m+1)_(k_(m+1) k_m) · (ŷ − y)_(k_L), from scratch. */
    private double pathProduct(int l, int j, int[] k) {
        double p = a.get(l - 1).get(j, 0);                // ∂z^l_i/∂W^l_ij = a^(l−1)_j
        for (int m = l; m < depth(); m++) {
            p = times(p, derivative(m, k[m]));            // ∂a^m/∂z^m = f′(z^m), recomputed
            p = times(p, W.get(m).get(k[m + 1], k[m]));   // ∂z^(m+1)_k'/∂a^m_k = W^(m+1)_k'k
        }
        return times(p, residual.get(k[depth()], 0));    // ∂J/∂ŷ = ŷ − y
    }

    /** Steps k[l+1..L] to the next path; false after the last one. */
    private boolean advance(int[] k, int l) {
        for (int m = depth(); m > l; m--) {
            if (++k[m] < W.get(m - 1).rows()) return true;
            k[m] = 0;
        }
        return false;
    }

    /** dJ/dW^1 … dJ/dW^L by backprop: δ^L = ŷ − y, δ^(m−1) = (W^mᵀ δ^m) ⊙ f′(z^(m−1)), dJ/dW^m = δ^m a^(m−1)ᵀ. */
    public Gradients byBackprop() {
        multiplications = 0;
        int L = depth();
        List<double[]> fPrime = new ArrayList<>();         // f′(z^m), each computed once ("in the forward pass")
        for (int m = 1; m < L; m++) {
            double[] d = new double[W.get(m - 1).rows()];
            for (int k = 0; k < d.length; k++) d[k] = derivative(m, k);
            fPrime.add(d);
        }
        Matrix[] dW = new Matrix[L];
        double[] delta = residual.toVector();              // δ^L = dJ/dŷ: no multiplication
        for (int m = L; m >= 1; m--) {
            Matrix w = W.get(m - 1);
            double[] prev = a.get(m - 1).toVector();
            Matrix g = Matrix.zeros(w.rows(), w.cols());   // dJ/dW^m = δ^m a^(m−1)ᵀ: (out,1)·(1,in) → (out,in)
            for (int i = 0; i < w.rows(); i++) {
                for (int j = 0; j < w.cols(); j++) g.set(i, j, times(delta[i], prev[j]));
            }
            dW[m - 1] = g;
            if (m > 1) {                                   // δ^(m−1) = (W^mᵀ δ^m) ⊙ f′(z^(m−1)): (in,out)·(out,1) → (in,1)
                double[] next = new double[w.cols()];
                for (int j = 0; j < w.cols(); j++) {
                    double s = 0;
                    for (int i = 0; i < w.rows(); i++) s += times(w.get(i, j), delta[i]);
                    next[j] = times(s, fPrime.get(m - 2)[j]);
                }
                delta = next;
            }
        }
        return new Gradients(List.of(dW), multiplications, 0);
    }

    /** f′(z^m_k) for hidden layer m, from the cached a^m: 1 − a² for tanh, a(1 − a) for sigmoid; one multiplication. */
    private double derivative(int m, int k) {
        double am = a.get(m).get(k, 0);
        return isSigmoid.get(m - 1) ? times(am, 1 - am) : 1 - times(am, am);
    }

    private double times(double x, double y) {
        multiplications++;
        return x * y;
    }

    /** The gradients dJ/dW^1 … dJ/dW^L, how many multiplications they took, and how many paths were summed (0 for backprop). */
    public record Gradients(List<Matrix> dW, long multiplications, long paths) {
        /** dJ/dW^l, counting layers from 1 as in W1, W2, … */
        public Matrix dW(int l) {
            if (l < 1 || l > dW.size()) {
                throw new IndexOutOfBoundsException("dW: layer " + l + " of " + dW.size() + " (layers count from 1)");
            }
            return dW.get(l - 1);
        }
    }

    /** What both ways cost for one network shape. */
    public record Cost(int depth, int width, long weights, long paths, long byPaths, long byBackprop) {
        /** How many times more multiplications the path sum needs. */
        public double ratio() {
            return (double) byPaths / byBackprop;
        }
    }

    /** Runs both ways on {@link #random}(depth, width, 0) and counts. */
    public static Cost cost(int depth, int width) {
        PathSum p = random(depth, width, 0);
        Gradients paths = p.byPaths();
        Gradients backprop = p.byBackprop();
        return new Cost(depth, width, (long) depth * width * width, paths.paths(), paths.multiplications(),
                backprop.multiplications());
    }

    /** {@link #cost} at width {@code width} for depths 1 … {@code maxDepth}. */
    public static List<Cost> costsByDepth(int width, int maxDepth) {
        List<Cost> costs = new ArrayList<>();
        for (int depth = 1; depth <= maxDepth; depth++) costs.add(cost(depth, width));
        return costs;
    }

    /** {@link #cost} at depth {@code depth} for widths 1 … {@code maxWidth}. */
    public static List<Cost> costsByWidth(int depth, int maxWidth) {
        List<Cost> costs = new ArrayList<>();
        for (int width = 1; width <= maxWidth; width++) costs.add(cost(depth, width));
        return costs;
    }

    /** The costs as a table: depth, width, weights, paths, multiplications each way and their ratio. */
    public static Table table(List<Cost> costs) {
        Table t = Table.create("multiplications",
                IntColumn.create("depth"), IntColumn.create("width"), LongColumn.create("weights"),
                LongColumn.create("paths"), LongColumn.create("by paths"), LongColumn.create("by backprop"),
                DoubleColumn.create("ratio"));
        for (Cost c : costs) {
            t.intColumn(0).append(c.depth());
            t.intColumn(1).append(c.width());
            t.longColumn(2).append(c.weights());
            t.longColumn(3).append(c.paths());
            t.longColumn(4).append(c.byPaths());
            t.longColumn(5).append(c.byBackprop());
            t.doubleColumn(6).append(Math.round(c.ratio() * 10) / 10.0);
        }
        return t;
    }
}
