package backprop;

/** relu(z) = max(0, z). */
public final class ReLU extends Activation {
    @Override
    protected double value(double z) {
        return Math.max(0, z);
    }

    @Override
    protected double derivative(double z, double a) {
        return z > 0 ? 1 : 0; // 1[z > 0]: at exactly 0 no gradient passes
    }

    @Override
    public boolean hasKink() {
        return true;
    }
}
