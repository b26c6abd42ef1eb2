package backprop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.data.Iris;
import backprop.data.Split;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TrainingTests {
    final Split iris = Iris.load().split(0.2, 7).standardized(); // as in notebook 01

    LossHistory train(long seed, double lr) {
        Network net = new Network(seed).dense(4, 16).relu().dense(16, 3);
        return Training.of(net, new SoftmaxCrossEntropy(), new SGD(lr)).epochs(30).batchSize(16).seed(seed).quiet()
                .fit(iris.train().x(), iris.train().y());
    }

    @Test
    void irisLossFallsAndTheHeldOutAccuracyIsHigh() {
        Network net = new Network(2).dense(4, 16).relu().dense(16, 3);
        LossHistory h = Training.of(net, new SoftmaxCrossEntropy(), new SGD(0.1)).epochs(100).batchSize(16).seed(2)
                .quiet().fit(iris.train().x(), iris.train().y());
        assertEquals(100, h.epochs());
        assertTrue(h.last() < 0.25 * h.first(), h.toString());
        double acc = net.accuracy(iris.test().x(), iris.test().labels());
        assertTrue(acc >= 0.9, "held-out accuracy " + acc);
    }

    @Test
    void theSameSeedGivesTheSameRun() {
        assertEquals(train(3, 0.1), train(3, 0.1));
    }

    @Test
    void aDivergingRunStopsWithThePlainReason() {
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> train(3, 1e6));
        assertTrue(e.getMessage().matches("fit: loss is not finite from epoch \\d+ \\(learning rate 1000000.0\\): "
                + "try a smaller learning rate \\[.*\\]"), e.getMessage());
    }

    @Test
    void progressIsPrintedWhileTraining() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        Network net = new Network(1).dense(4, 8).relu().dense(8, 3);
        Training.of(net, new SoftmaxCrossEntropy(), new SGD(0.1)).epochs(20).progressLines(4)
                .printTo(new PrintStream(buffer, true, StandardCharsets.UTF_8))
                .fit(iris.train().x(), iris.train().y());
        String[] lines = buffer.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(4, lines.length);
        assertTrue(lines[3].matches("epoch 20/20  loss \\d\\.\\d{4}"), lines[3]);
    }
}
