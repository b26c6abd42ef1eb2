package backprop;

import java.io.PrintStream;
import java.util.Random;

/**
 * Minibatch SGD over a data set for a number of epochs, recording the loss of each epoch.
 *
 * <pre>{@code
 * LossHistory history = Training.of(net, new SoftmaxCrossEntropy(), new SGD(0.1))
 *         .epochs(100).batchSize(16).seed(7)
 *         .fit(X, Y);   // X (D×N), Y (C×N)
 * }</pre>
 *
 * The examples are shuffled each epoch by {@code new Random(seed)}: same seed, same run.
 */
public final class Training {

    /** Called after each epoch, e.g. to track a validation loss or update a live plot. */
    @FunctionalInterface
    public interface EpochListener {
        void epochEnded(int epoch, double loss);
    }

    private final Network network;
    private final Loss loss;
    private final SGD sgd;
    private int epochs = 100;
    private int batchSize = 32;
    private long seed = 0;
    private int progressLines = 10;
    private PrintStream out = System.out;
    private EpochListener listener = (epoch, j) -> {};

    private Training(Network network, Loss loss, SGD sgd) {
        this.network = network;
        this.loss = loss;
        this.sgd = sgd;
    }

    public static Training of(Network network, Loss loss, SGD sgd) {
        return new Training(network, loss, sgd);
    }

    public Training epochs(int epochs) {
        if (epochs < 1) throw new IllegalArgumentException("epochs: must be at least 1, got " + epochs);
        this.epochs = epochs;
        return this;
    }

    /** Examples per SGD step; the last batch of an epoch may be smaller. */
    public Training batchSize(int batchSize) {
        if (batchSize < 1) throw new IllegalArgumentException("batchSize: must be at least 1, got " + batchSize);
        this.batchSize = batchSize;
        return this;
    }

    public Training seed(long seed) {
        this.seed = seed;
        return this;
    }

    /** How many progress lines to print while training (evenly spaced); 0 for none. */
    public Training progressLines(int lines) {
        this.progressLines = Math.max(0, lines);
        return this;
    }

    /** Prints no progress. */
    public Training quiet() {
        return progressLines(0);
    }

    /** Where progress lines go; System.out by default. */
    public Training printTo(PrintStream out) {
        this.out = out;
        return this;
    }

    public Training onEpoch(EpochListener listener) {
        this.listener = listener;
        return this;
    }

    /**
     * Trains on X (D×N) and Y (C×N) and returns the loss of every epoch.
     *
     * @throws ArithmeticException as soon as an epoch's loss is NaN or infinite, naming the epoch
     */
    public LossHistory fit(Matrix x, Matrix y) {
        if (x.cols() != y.cols()) {
            throw new IllegalArgumentException("fit: X (" + x.shape() + ") and Y (" + y.shape()
                    + ") must have one column per example, the same number");
        }
        int n = x.cols();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Random random = new Random(seed);
        double[] history = new double[epochs];
        int every = progressLines == 0 ? 0 : Math.max(1, epochs / progressLines);
        for (int epoch = 1; epoch <= epochs; epoch++) {
            shuffle(order, random);
            double total = 0;
            for (int start = 0; start < n; start += batchSize) {
                int[] batch = java.util.Arrays.copyOfRange(order, start, Math.min(n, start + batchSize));
                double j;
                try {
                    j = network.backprop(loss, x.columns(batch), y.columns(batch));
                } catch (ArithmeticException overflow) { // the logits themselves overflowed
                    throw diverged(epoch, overflow.getMessage());
                }
                if (!Double.isFinite(j)) throw diverged(epoch, "J = " + j);
                total += j * batch.length;
                sgd.step(network);
            }
            double j = total / n;
            history[epoch - 1] = j;
            listener.epochEnded(epoch, j);
            if (every > 0 && (epoch % every == 0 || epoch == epochs)) {
                out.println(String.format("epoch %" + Integer.toString(epochs).length() + "d/%d  loss %.4f", epoch, epochs, j));
                out.flush();
            }
        }
        return new LossHistory(history);
    }

    private ArithmeticException diverged(int epoch, String detail) {
        return new ArithmeticException("fit: loss is not finite from epoch " + epoch + " (learning rate "
                + sgd.learningRate() + "): try a smaller learning rate [" + detail + "]");
    }

    private static void shuffle(int[] a, Random random) {
        for (int i = a.length - 1; i > 0; i--) {
            int k = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[k];
            a[k] = t;
        }
    }
}
