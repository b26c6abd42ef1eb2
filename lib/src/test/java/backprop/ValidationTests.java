package backprop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import backprop.data.OneHot;
import backprop.data.Spiral;
import backprop.data.Dataset;
import org.junit.jupiter.api.Test;

class ValidationTests {
    final Dataset data = Spiral.generate(20, 2, 0.1, 1);

    @Test
    void recordsTheHeldOutLossAndAccuracyAfterEachEpoch() {
        Network net = new Network(1).dense(2, 8).relu().dense(8, 2);
        Validation v = new Validation(net, new SoftmaxCrossEntropy(), data.x(), data.y());
        Training.of(net, new SoftmaxCrossEntropy(), new SGD(0.5)).epochs(3).seed(1).quiet().onEpoch(v).fit(data.x(), data.y());
        assertEquals(3, v.losses().epochs());
        assertEquals(net.loss(new SoftmaxCrossEntropy(), data.x(), data.y()), v.losses().last()); // after the last epoch
        assertEquals(net.accuracy(data.x(), data.labels()), v.lastAccuracy());
        assertEquals(3, v.accuracies().length);
    }

    @Test
    void aSingleBinaryRowIsReadAsLabels() {
        Network net = new Network(1).dense(2, 8).relu().dense(8, 1);
        Matrix y = OneHot.binary(data.labels());
        Validation v = new Validation(net, new SigmoidBinaryCrossEntropy(), data.x(), y);
        v.epochEnded(1, 0);
        assertEquals(net.accuracy(data.x(), data.labels()), v.lastAccuracy());
        int[] predicted = net.predict(data.x());
        Matrix z = net.forward(data.x());
        for (int n = 0; n < predicted.length; n++) assertEquals(z.get(0, n) > 0 ? 1 : 0, predicted[n]);
    }

    @Test
    void mismatchedShapesAreNamed() {
        Network net = new Network(1).dense(2, 2);
        assertEquals("Validation: X (2x40) and Y (2x3) must have one column per example, the same number",
                assertThrows(IllegalArgumentException.class, () -> new Validation(net, new SoftmaxCrossEntropy(), data.x(),
                        Matrix.zeros(2, 3))).getMessage());
        assertEquals("lastAccuracy: no epoch has ended yet", assertThrows(IllegalStateException.class,
                () -> new Validation(net, new SoftmaxCrossEntropy(), data.x(), data.y()).lastAccuracy()).getMessage());
        assertArrayEquals(new double[0], new Validation(net, new SoftmaxCrossEntropy(), data.x(), data.y()).accuracies());
    }
}
