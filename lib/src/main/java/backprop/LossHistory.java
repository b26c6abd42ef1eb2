package backprop;

import java.util.Arrays;

/** The training loss after each epoch, epoch 1 first. */
public final class LossHistory {
    private final double[] losses;

    public LossHistory(double... losses) {
        this.losses = losses.clone();
    }

    public int epochs() {
        return losses.length;
    }

    /** The loss of epoch {@code epoch}, counting from 1. */
    public double at(int epoch) {
        if (epoch < 1 || epoch > losses.length) {
            throw new IndexOutOfBoundsException("at: epoch " + epoch + " of " + losses.length);
        }
        return losses[epoch - 1];
    }

    public double first() {
        return at(1);
    }

    public double last() {
        return at(losses.length);
    }

    public double[] toArray() {
        return losses.clone();
    }

    /** The first epoch (from 1) whose loss is NaN or infinite, or 0 when all are finite. */
    public int firstNonFiniteEpoch() {
        for (int i = 0; i < losses.length; i++) if (!Double.isFinite(losses[i])) return i + 1;
        return 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LossHistory h && Arrays.equals(losses, h.losses);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(losses);
    }

    @Override
    public String toString() {
        if (losses.length == 0) return "LossHistory (0 epochs)";
        return "LossHistory (" + losses.length + " epochs): " + Matrix.format(first()) + " → " + Matrix.format(last());
    }
}
