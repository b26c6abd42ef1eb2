package backprop;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link Training.EpochListener} that evaluates the network on held-out examples after every
 * epoch: their loss and their accuracy, epoch 1 first.
 *
 * <pre>{@code
 * Validation val = new Validation(net, new SoftmaxCrossEntropy(), Xval, Yval);
 * LossHistory train = Training.of(net, loss, sgd).onEpoch(val).fit(X, Y);
 * Map<String, LossHistory> curves = new LinkedHashMap<>(); // the legend keeps this order
 * curves.put("training", train);
 * curves.put("validation", val.losses());
 * Plots.losses("Loss per epoch", curves);
 * }</pre>
 */
public final class Validation implements Training.EpochListener {
    private final Network network;
    private final Loss loss;
    private final Matrix x;
    private final Matrix y;
    private final int[] labels;
    private final List<Double> losses = new ArrayList<>();
    private final List<Double> accuracies = new ArrayList<>();

    /**
     * Evaluates on X (D×N) and Y (C×N) with its own {@code loss} instance (not the training one, whose
     * cache the next step needs). The labels are Y's argmax per column, or Y itself for one binary row.
     */
    public Validation(Network network, Loss loss, Matrix x, Matrix y) {
        if (x.cols() != y.cols()) {
            throw new IllegalArgumentException("Validation: X (" + x.shape() + ") and Y (" + y.shape()
                    + ") must have one column per example, the same number");
        }
        this.network = network;
        this.loss = loss;
        this.x = x;
        this.y = y;
        this.labels = y.rows() == 1 ? binaryLabels(y) : y.argmaxPerColumn();
    }

    private static int[] binaryLabels(Matrix y) {
        int[] l = new int[y.cols()];
        for (int n = 0; n < l.length; n++) l[n] = y.get(0, n) > 0.5 ? 1 : 0;
        return l;
    }

    @Override
    public void epochEnded(int epoch, double trainingLoss) {
        losses.add(network.loss(loss, x, y));
        accuracies.add(network.accuracy(x, labels));
    }

    /** The held-out loss after each epoch. */
    public LossHistory losses() {
        return new LossHistory(losses.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** The held-out accuracy after each epoch. */
    public double[] accuracies() {
        return accuracies.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The accuracy after the latest epoch. */
    public double lastAccuracy() {
        if (accuracies.isEmpty()) throw new IllegalStateException("lastAccuracy: no epoch has ended yet");
        return accuracies.get(accuracies.size() - 1);
    }

    @Override
    public String toString() {
        if (losses.isEmpty()) return "Validation (0 epochs)";
        return String.format("Validation (%d epochs): loss %.4f, accuracy %.4f", losses.size(),
                losses.get(losses.size() - 1), lastAccuracy());
    }
}
