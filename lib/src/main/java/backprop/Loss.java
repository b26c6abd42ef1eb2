package backprop;

/**
 * A loss J over a batch, from the network's raw output (its logits), averaged over the N examples.
 *
 * <p>Like a layer, the forward pass caches what the gradient needs and {@link #backward} reuses it.
 */
public interface Loss {

    /** J for outputs and targets of the same shape (K×N), one column per example. */
    double forward(Matrix output, Matrix target);

    /** dJ/d(output) for the latest {@link #forward}, already divided by N. */
    Matrix backward();

    /** Both shapes named in one message when they differ. */
    static void requireSameShape(String op, Matrix output, Matrix target) {
        if (!output.sameShape(target)) {
            throw new IllegalArgumentException(op + ": output (" + output.shape() + ") and target (" + target.shape()
                    + ") must have the same shape, one column per example");
        }
        if (output.cols() == 0) {
            throw new IllegalArgumentException(op + ": (" + output.shape() + "): a batch needs at least one example");
        }
    }
}
