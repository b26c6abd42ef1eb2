package backprop;

/** σ(z) = 1 / (1 + e^−z). */
public final class Sigmoid extends Activation {
    @Override
    protected double value(double z) {
        return sigmoid(z);
    }

    @Override
    protected double derivative(double z, double a) {
        return a * (1 - a); // σ′ = σ(1 − σ): the forward's output is all it needs
    }

    /** σ(z), without overflow for large |z|. */
    public static double sigmoid(double z) {
        if (z >= 0) return 1 / (1 + Math.exp(-z));
        double e = Math.exp(z); // z < 0: e^z cannot overflow
        return e / (1 + e);
    }
}
