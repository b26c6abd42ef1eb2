package backprop;

import java.util.List;

/**
 * Deliberately wrong backward passes, each one classic slip away from the right one, for the
 * gradient checker to catch (notebook 04). Never train with these.
 */
public final class DeliberateBugs {
    private DeliberateBugs() {}

    /**
     * The dense layer with dJ/dW stored transposed, (dJ/dz xᵀ)ᵀ = x dJ/dzᵀ. The shapes only let it
     * through when W is square: with in ≠ out the slip fails at once with a shape error.
     */
    public static Layer transposedWeightGradient(Dense layer) {
        return new Layer() {
            @Override
            public Matrix forward(Matrix x) {
                return layer.forward(x);
            }

            @Override
            public Matrix backward(Matrix dz) {
                Matrix dx = layer.backward(dz);
                layer.W().setGradient(layer.W().gradient().transpose()); // the slip: should be dJ/dz xᵀ
                return dx;
            }

            @Override
            public List<Parameter> parameters() {
                return layer.parameters();
            }

            @Override
            public String toString() {
                return layer + " (backward transposes dJ/dW)";
            }
        };
    }

    /** The loss with its gradient not divided by N: dJ/dz = ŷ − y instead of (ŷ − y)/N. N = 1 hides it. */
    public static Loss withoutOneOverN(Loss loss) {
        return new Loss() {
            private int n;

            @Override
            public double forward(Matrix output, Matrix target) {
                n = target.cols();
                return loss.forward(output, target);
            }

            @Override
            public Matrix backward() {
                return loss.backward().times(n); // the slip: the mean's 1/N forgotten
            }
        };
    }
}
