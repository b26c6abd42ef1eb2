package backprop.bench;

import backprop.Matrix;
import backprop.Network;
import backprop.Parameter;
import backprop.SGD;
import backprop.SoftmaxCrossEntropy;
import backprop.data.Dataset;
import backprop.data.Digits;
import backprop.data.OneHot;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * One case of the training-step benchmark: the seed network D-H-C (dense, ReLU, dense, softmax
 * cross-entropy), SGD, and one fixed batch of N examples, all seeded.
 *
 * <p>64-128-10 trains on the first N shipped digits; 784-100-10 (an MNIST-sized input, which the
 * kit does not ship) on seeded uniform pixels in [0, 1) with seeded labels.
 */
final class StepCase {
    static final double LEARNING_RATE = 0.1;
    static final String[] SHAPES = {"64-128-10", "784-100-10"};
    static final int[] BATCHES = {1, 32, 200};

    final String shape;
    final Network net;
    final Matrix x; // (D×N)
    final Matrix y; // (C×N), one-hot
    final SoftmaxCrossEntropy loss = new SoftmaxCrossEntropy();
    final SGD sgd = new SGD(LEARNING_RATE);

    private StepCase(String shape, Network net, Matrix x, Matrix y) {
        this.shape = shape;
        this.net = net;
        this.x = x;
        this.y = y;
    }

    static StepCase of(String shape, int batch) {
        String[] dims = shape.split("-");
        int d = Integer.parseInt(dims[0]), h = Integer.parseInt(dims[1]), c = Integer.parseInt(dims[2]);
        Matrix x, y;
        if (shape.equals("64-128-10")) {
            Dataset digits = Digits.load();
            int[] first = IntStream.range(0, batch).toArray();
            x = digits.x().columns(first);
            y = digits.y().columns(first);
        } else {
            Random random = new Random(784);
            x = Matrix.uniform(d, batch, 0, 1, random);
            y = OneHot.encode(random.ints(batch, 0, c).toArray(), c);
        }
        return new StepCase(shape, new Network(1).dense(d, h).relu().dense(h, c), x, y);
    }

    /** One training step: forward, loss, backward, SGD update. Returns J before the update. */
    double step() {
        double j = net.backprop(loss, x, y);
        sgd.step(net);
        return j;
    }

    Parameter parameter(String name) {
        return net.parameter(name);
    }
}
