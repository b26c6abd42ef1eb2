package backprop;

/**
 * A named trainable matrix and the gradient dJ/dθ of the latest backward pass.
 *
 * <p>The gradient is replaced, not accumulated, by every backward pass, so a second pass never
 * silently adds to the first.
 */
public final class Parameter {
    private final String name;
    private final Matrix value;
    private Matrix gradient;

    public Parameter(String name, Matrix value) {
        this.name = name;
        this.value = value;
    }

    public String name() {
        return name;
    }

    /** The value itself, not a copy: SGD and the gradient checker change it in place. */
    public Matrix value() {
        return value;
    }

    /** dJ/dθ from the latest backward pass. */
    public Matrix gradient() {
        if (gradient == null) {
            throw new IllegalStateException(name + ": no gradient yet: run a backward pass first");
        }
        return gradient;
    }

    /** Replaces the gradient. Modified: this. */
    void setGradient(Matrix g) {
        if (!g.sameShape(value)) {
            throw new IllegalArgumentException(name + ": gradient (" + g.shape() + ") must have the shape of the value ("
                    + value.shape() + ")");
        }
        this.gradient = g;
    }

    @Override
    public String toString() {
        return name + " " + value;
    }
}
