package backprop;

import java.util.List;
import java.util.Random;

/**
 * A fully connected layer, z = W x + b, for a batch X (in×N) whose columns are examples.
 *
 * <p>W is (out×in) and b is (out×1). The forward pass caches X: it is the local gradient ∂z/∂W,
 * and backward reuses it.
 */
public final class Dense implements Layer {
    private final Parameter W;
    private final Parameter b;
    private Matrix x; // cache: the input X (in×N) of the latest forward pass

    /** A layer with the given W (out×in) and b (out×1), named {@code W<suffix>} and {@code b<suffix>}. */
    public Dense(String suffix, Matrix W, Matrix b) {
        if (b.cols() != 1 || b.rows() != W.rows()) {
            throw new IllegalArgumentException("Dense: W (" + W.shape() + ") needs b (" + W.rows() + "x1), got ("
                    + b.shape() + ")");
        }
        this.W = new Parameter("W" + suffix, W);
        this.b = new Parameter("b" + suffix, b);
    }

    /** A layer with W ~ N(0, 2/in) (He initialisation, suited to ReLU) and b = 0. */
    public static Dense he(String suffix, int in, int out, Random random) {
        return new Dense(suffix, Matrix.gaussian(out, in, Math.sqrt(2.0 / in), random), Matrix.zeros(out, 1));
    }

    /** A layer with W ~ N(0, 1/in) (Xavier/LeCun initialisation, suited to tanh and sigmoid) and b = 0. */
    public static Dense xavier(String suffix, int in, int out, Random random) {
        return new Dense(suffix, Matrix.gaussian(out, in, Math.sqrt(1.0 / in), random), Matrix.zeros(out, 1));
    }

    @Override
    public Matrix forward(Matrix x) {
        if (x.rows() != W.value().cols()) {
            throw new IllegalArgumentException(W.name() + " (" + W.value().shape() + ") cannot take input (" + x.shape()
                    + "): it expects " + W.value().cols() + " rows, one column per example");
        }
        this.x = x;
        return W.value().matmul(x).plusColumn(b.value()); // (out,in)·(in,N) + (out,1) → (out,N)
    }

    @Override
    public Matrix backward(Matrix dz) {
        parameterGradients(dz);
        return W.value().transposeMatmul(dz);         // dJ/dx = Wᵀ dJ/dz: (in,out)·(out,N) → (in,N), Wᵀ read in place
    }

    /** The parameters' half of {@link #backward}: all that a first layer needs, as its dJ/dx goes nowhere. */
    void parameterGradients(Matrix dz) {
        if (x == null) throw new IllegalStateException(W.name() + ": backward before forward");
        W.setGradient(dz.matmul(x.transpose()));      // dJ/dW = dJ/dz xᵀ: (out,N)·(N,in) → (out,in)
        b.setGradient(dz.rowSums());                  // dJ/db = Σ_n dJ/dz: (out,N) → (out,1)
    }

    /** The input cached by the latest forward pass: the local gradient ∂z/∂W. */
    public Matrix input() {
        return x;
    }

    public Parameter W() {
        return W;
    }

    public Parameter b() {
        return b;
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(W, b);
    }

    @Override
    public String toString() {
        return "Dense " + W.name() + " (" + W.value().shape() + "), " + b.name() + " (" + b.value().shape() + ")";
    }
}
