package backprop;

/** J = (1/N) Σₙ Σᵢ ½ (ŷᵢ − yᵢ)², for a network whose output ŷ is the prediction itself. dJ/dŷ = (ŷ − y)/N. */
public final class MeanSquaredError implements Loss {
    private Matrix residual; // cache: ŷ − y
    private int n;

    @Override
    public double forward(Matrix yHat, Matrix y) {
        Loss.requireSameShape("meanSquaredError", yHat, y);
        this.residual = yHat.minus(y);
        this.n = y.cols();
        return 0.5 * residual.hadamard(residual).sum() / n;
    }

    @Override
    public Matrix backward() {
        if (residual == null) throw new IllegalStateException("meanSquaredError: backward before forward");
        return residual.times(1.0 / n); // dJ/dŷ = (ŷ − y)/N
    }
}
