/**
 * Backprop as dynamic programming: {@link backprop.Matrix}, layers whose forward pass caches the
 * local gradients their backward pass reuses ({@link backprop.Dense}, {@link backprop.ReLU},
 * {@link backprop.Sigmoid}, {@link backprop.Tanh}), losses from logits, {@link backprop.SGD},
 * {@link backprop.Training} and the {@link backprop.GradientCheck}.
 *
 * <p>Notation, as in the notebooks: examples are columns, so a batch X is (D×N); W is (out×in),
 * b is (out×1) and z = W x + b. N batch, D inputs, H hidden, C classes.
 */
package backprop;
