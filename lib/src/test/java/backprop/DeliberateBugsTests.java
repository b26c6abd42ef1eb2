package backprop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.GradientCheck.Verdict;
import backprop.data.OneHot;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Each deliberate mistake is caught by both checks, where notebook 04 shows it, and hidden where it says. */
class DeliberateBugsTests {
    final Random random = new Random(3);
    final Matrix x = Matrix.gaussian(4, 6, 1, random);
    final Matrix y = OneHot.encode(new int[] {0, 1, 2, 2, 1, 0}, 3);

    Network withSquareMiddle(boolean broken) {
        Random r = new Random(5);
        Dense first = Dense.he("1", 4, 5, r);
        Dense middle = Dense.he("2", 5, 5, r); // square: the transposed gradient has the right shape
        Dense last = Dense.he("3", 5, 3, r);
        return new Network(0).add(first).tanh().add(broken ? DeliberateBugs.transposedWeightGradient(middle) : middle).tanh()
                .add(last);
    }

    @Test
    void aTransposedWeightGradientIsWrongAtW2() {
        assertTrue(GradientCheck.check(withSquareMiddle(false), new SoftmaxCrossEntropy(), x, y).passes());
        GradientCheck.Report report = GradientCheck.check(withSquareMiddle(true), new SoftmaxCrossEntropy(), x, y);
        assertEquals(Verdict.WRONG, report.verdict(), report.toString());
        assertEquals("W2", report.worst().parameter());
        assertEquals(Verdict.WRONG, GradientCheck.direction(withSquareMiddle(true), new SoftmaxCrossEntropy(), x, y, 1).verdict());
    }

    @Test
    void aTransposedGradientOfANonSquareWeightFailsOnItsShape() {
        Network net = new Network(0).add(DeliberateBugs.transposedWeightGradient(Dense.he("1", 4, 3, random)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> net.backprop(new SoftmaxCrossEntropy(), x, y));
        assertEquals("W1: gradient (4x3) must have the shape of the value (3x4)", e.getMessage());
    }

    @Test
    void aMissingOneOverNIsWrongUnlessNIsOne() {
        Network net = new Network(2).dense(4, 5).tanh().dense(5, 3);
        Loss broken = DeliberateBugs.withoutOneOverN(new SoftmaxCrossEntropy());
        GradientCheck.Report report = GradientCheck.check(net, broken, x, y);
        assertEquals(Verdict.WRONG, report.verdict());
        assertEquals(5.0 / 6, report.worst().relativeError(), 1e-6); // analytic = 6 × numeric
        assertEquals(Verdict.WRONG, GradientCheck.direction(net, broken, x, y, 1).verdict());
        GradientCheck.Report one = GradientCheck.check(net, broken, x.columnAt(0), y.columnAt(0));
        assertTrue(one.passes(), one.toString()); // N = 1 hides it
    }
}
