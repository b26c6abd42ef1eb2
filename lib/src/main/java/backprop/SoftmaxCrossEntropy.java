package backprop;

/**
 * Softmax followed by cross-entropy, fused: J = −(1/N) Σₙ Σᵢ yᵢ log softmax(z)ᵢ, from the logits z.
 *
 * <p>Fused because the two derivatives collapse: dJ/dz = (ŷ − y)/N, with no softmax Jacobian to
 * build, and because log softmax from the logits never takes the log of an underflowed 0.
 */
public final class SoftmaxCrossEntropy implements Loss {
    private Matrix yHat;   // cache: softmax(z) (C×N)
    private Matrix target; // cache: y (C×N), one-hot columns

    @Override
    public double forward(Matrix z, Matrix y) {
        Loss.requireSameShape("softmaxCrossEntropy", z, y);
        Matrix logYHat = Softmax.logOf(z);
        this.yHat = logYHat.map(Math::exp);
        this.target = y;
        return -y.hadamard(logYHat).sum() / z.cols();
    }

    @Override
    public Matrix backward() {
        if (yHat == null) throw new IllegalStateException("softmaxCrossEntropy: backward before forward");
        return yHat.minus(target).times(1.0 / target.cols()); // dJ/dz = (ŷ − y)/N
    }

    /** ŷ = softmax(z) from the latest forward pass. */
    public Matrix probabilities() {
        return yHat;
    }
}
