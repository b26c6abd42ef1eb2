package backprop;

/**
 * An activation a = f(z) applied to every entry.
 *
 * <p>The forward pass computes f′(z) alongside f(z) and caches it; backward only multiplies:
 * dJ/dz = dJ/da ⊙ f′(z). Subclasses give f and f′ and nothing else.
 */
public abstract class Activation implements Layer {
    private Matrix z;             // cache: the pre-activation of the latest forward pass
    private Matrix localGradient; // cache: f′(z), same shape as z

    /** f(z) for one entry. */
    protected abstract double value(double z);

    /** f′(z) for one entry, given also a = f(z) (sigmoid and tanh are cheapest from a). */
    protected abstract double derivative(double z, double a);

    /** True when f′ jumps somewhere (ReLU at 0): the gradient checker then watches for kinks. */
    public boolean hasKink() {
        return false;
    }

    @Override
    public final Matrix forward(Matrix z) {
        Matrix a = Matrix.zeros(z.rows(), z.cols());
        Matrix local = Matrix.zeros(z.rows(), z.cols());
        double[][] zs = z.rowArrays(), as = a.rowArrays(), ls = local.rowArrays(); // one pass, no bounds checks per entry
        for (int i = 0; i < zs.length; i++) {
            for (int j = 0; j < zs[i].length; j++) {
                as[i][j] = value(zs[i][j]);
                ls[i][j] = derivative(zs[i][j], as[i][j]);
            }
        }
        this.z = z;
        this.localGradient = local;
        return a;
    }

    @Override
    public final Matrix backward(Matrix da) {
        if (localGradient == null) throw new IllegalStateException(getClass().getSimpleName() + ": backward before forward");
        if (!da.sameShape(localGradient)) {
            throw new IllegalArgumentException(getClass().getSimpleName() + ".backward: upstream (" + da.shape()
                    + ") must match the forward output (" + localGradient.shape() + ")");
        }
        return da.hadamard(localGradient); // dJ/dz = dJ/da ⊙ f′(z), f′ reused from the forward pass
    }

    /** The pre-activation z cached by the latest forward pass. */
    public Matrix input() {
        return z;
    }

    /** f′(z), cached by the latest forward pass for backward to reuse. */
    public Matrix localGradient() {
        return localGradient;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName();
    }
}
