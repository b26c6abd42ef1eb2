package backprop;

import java.util.List;

/**
 * One node of the computation: a forward pass that caches what its derivative needs, and a
 * backward pass that turns the upstream gradient into the gradient of its input by reusing that
 * cache instead of recomputing it. That reuse is backprop's dynamic programming.
 */
public interface Layer {

    /** Computes this layer's output for a batch whose columns are examples, and caches its local gradients. */
    Matrix forward(Matrix input);

    /**
     * Given dJ/d(output), returns dJ/d(input), and leaves dJ/dθ in each parameter's gradient
     * (overwriting the last one). Uses the cache of the latest {@link #forward}.
     */
    Matrix backward(Matrix upstream);

    /** The layer's trainable parameters, empty for an activation. */
    default List<Parameter> parameters() {
        return List.of();
    }
}
