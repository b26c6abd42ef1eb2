package backprop;

/**
 * Sigmoid followed by binary cross-entropy, fused, from the logits z:
 * J = (1/N) Σ −[y log σ(z) + (1 − y) log(1 − σ(z))] = (1/N) Σ [max(z, 0) − z y + log(1 + e^−|z|)].
 *
 * <p>The right-hand form never evaluates log(0): σ(40) is exactly 1.0 in double, so the left-hand
 * form gives log(1 − 1) = −∞, and clamping the probability only trades that for a wrong number.
 * dJ/dz = (σ(z) − y)/N.
 */
public final class SigmoidBinaryCrossEntropy implements Loss {
    private Matrix yHat;   // cache: σ(z)
    private Matrix target; // cache: y, entries in [0, 1]

    @Override
    public double forward(Matrix z, Matrix y) {
        Loss.requireSameShape("sigmoidBinaryCrossEntropy", z, y);
        z.requireFinite("sigmoidBinaryCrossEntropy");
        double sum = 0;
        for (int i = 0; i < z.rows(); i++) {
            for (int j = 0; j < z.cols(); j++) {
                double zi = z.get(i, j);
                double yi = y.get(i, j);
                if (yi < 0 || yi > 1) {
                    throw new IllegalArgumentException("sigmoidBinaryCrossEntropy: target " + yi + " at (" + i + ", " + j
                            + ") is outside [0, 1]");
                }
                sum += Math.max(zi, 0) - zi * yi + Math.log1p(Math.exp(-Math.abs(zi)));
            }
        }
        this.yHat = z.map(Sigmoid::sigmoid);
        this.target = y;
        return sum / z.cols();
    }

    @Override
    public Matrix backward() {
        if (yHat == null) throw new IllegalStateException("sigmoidBinaryCrossEntropy: backward before forward");
        return yHat.minus(target).times(1.0 / target.cols()); // dJ/dz = (σ(z) − y)/N
    }

    /** ŷ = σ(z) from the latest forward pass. */
    public Matrix probabilities() {
        return yHat;
    }
}
