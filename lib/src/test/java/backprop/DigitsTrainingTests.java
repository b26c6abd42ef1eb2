package backprop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.data.Digits;
import backprop.data.Split;
import org.junit.jupiter.api.Test;

/** Notebook 05's run, exactly: the digits held-out accuracy it prints is at least 0.95. */
class DigitsTrainingTests {
    @Test
    void heldOutAccuracyIsAtLeast95Percent() {
        Split digits = Digits.load().split(0.2, 5);
        Network net = new Network(3).dense(64, 32).relu().dense(32, 10);
        Validation validation = new Validation(net, new SoftmaxCrossEntropy(), digits.test().x(), digits.test().y());
        LossHistory history = Training.of(net, new SoftmaxCrossEntropy(), new SGD(0.3)).epochs(20).batchSize(32).seed(4)
                .quiet().onEpoch(validation).fit(digits.train().x(), digits.train().y());
        double accuracy = net.accuracy(digits.test().x(), digits.test().labels());
        assertEquals(359, digits.test().size());
        assertTrue(accuracy >= 0.95, "held-out accuracy " + accuracy);
        assertEquals(accuracy, validation.lastAccuracy());
        assertEquals(20, validation.losses().epochs());
        assertTrue(validation.losses().last() < 0.5 * validation.losses().first(), validation.toString());
        assertTrue(history.last() < 0.1 * history.first(), history.toString());
    }
}
