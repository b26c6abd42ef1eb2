package backprop;

/** Stochastic gradient descent: θ ← θ − η dJ/dθ for every parameter. */
public final class SGD {
    private final double learningRate;

    public SGD(double learningRate) {
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("SGD: learning rate must be a positive number, got " + learningRate);
        }
        this.learningRate = learningRate;
    }

    public double learningRate() {
        return learningRate;
    }

    /** One update from the gradients of the latest backward pass. Modified: the network's parameters. */
    public void step(Network network) {
        for (Parameter p : network.parameters()) p.value().subtractScaledInPlace(learningRate, p.gradient());
    }
}
