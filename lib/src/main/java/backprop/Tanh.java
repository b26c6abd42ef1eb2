package backprop;

/** tanh(z). */
public final class Tanh extends Activation {
    @Override
    protected double value(double z) {
        return Math.tanh(z);
    }

    @Override
    protected double derivative(double z, double a) {
        return 1 - a * a; // tanh′ = 1 − tanh²
    }
}
