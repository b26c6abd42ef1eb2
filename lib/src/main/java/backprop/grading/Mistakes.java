package backprop.grading;

import backprop.GradientCheck;
import backprop.Matrix;
import backprop.Softmax;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** The catalogues of known wrong variants for the exercises outside the seed network's backward pass. */
public final class Mistakes {
    private Mistakes() {}

    /** z = W x + b, done wrong. */
    public static List<Mistake> denseForward(Matrix W, Matrix b, Matrix x) {
        return List.of(new Mistake("W x without the bias b", W.matmul(x)));
    }

    /** dJ/dz = dJ/da ⊙ 1[z > 0] for a = relu(z), done wrong. */
    public static List<Mistake> reluBackward(Matrix dA, Matrix z, Matrix a) {
        return List.of(
                new Mistake("the upstream gradient with the ReLU mask 1[z > 0] missing", dA),
                new Mistake("the upstream gradient with the ReLU mask taken from the output as 1[a ≥ 0], which is"
                        + " always 1, so zeros pass gradient", dA.hadamard(a.map(v -> v >= 0 ? 1 : 0))),
                new Mistake("the upstream gradient with the ReLU mask recomputed from the upstream gradient,"
                        + " 1[dJ/da > 0], instead of the cached z", dA.hadamard(dA.map(v -> v > 0 ? 1 : 0))),
                new Mistake("dJ/da ⊙ a: the activation relu(z) where its derivative 1[z > 0] belongs", dA.hadamard(a)),
                new Mistake("the expected gradient with its sign flipped", dA.hadamard(z.map(v -> v > 0 ? -1 : 0))));
    }

    /** dJ/dz = (ŷ − y)/N for J = −(1/N) Σ y log softmax(z), done wrong. */
    public static List<Mistake> softmaxCrossEntropyGradient(Matrix z, Matrix y) {
        Matrix diff = Softmax.of(z).minus(y);
        int n = z.cols();
        return List.of(
                new Mistake("ŷ − y without the 1/N of the mean loss", diff),
                new Mistake("the expected gradient with its sign flipped", diff.times(-1.0 / n)),
                new Mistake("the expected gradient transposed", diff.times(1.0 / n).transpose()),
                new Mistake("(z − y)/N: the logits z where the probabilities ŷ = softmax(z) belong",
                        z.minus(y).times(1.0 / n)));
    }

    /** The centred difference (f(x + h) − f(x − h)) / 2h at every entry, done wrong. Not modified: x. */
    public static List<Mistake> centredDifference(ToDoubleFunction<Matrix> f, Matrix x, double h) {
        Matrix centred = GradientCheck.numeric(f, x.copy(), h); // the right one, which the slips below distort
        Matrix forward = Matrix.zeros(x.rows(), x.cols());
        Matrix probe = x.copy();
        double fx = f.applyAsDouble(probe);
        for (int i = 0; i < x.rows(); i++) {
            for (int j = 0; j < x.cols(); j++) {
                double saved = probe.get(i, j);
                probe.set(i, j, saved + h);
                forward.set(i, j, (f.applyAsDouble(probe) - fx) / h);
                probe.set(i, j, saved);
            }
        }
        return List.of(
                new Mistake("the forward difference (f(x + h) − f(x)) / h, which is only first-order accurate", forward),
                new Mistake("the centred difference divided by h instead of 2h", centred.times(2)),
                new Mistake("the centred difference with its sign flipped", centred.times(-1)));
    }

    /** θ after θ ← θ − η g, done wrong; {@code before} is θ before the step. */
    public static List<Mistake> sgdStep(Matrix before, Matrix gradient, double learningRate) {
        return List.of(
                new Mistake("θ + η g: a step up the gradient, the sign flipped",
                        before.plus(gradient.times(learningRate))),
                new Mistake("θ − g: the learning rate η is missing", before.minus(gradient)),
                new Mistake("θ unchanged: the step was not written into θ (it is modified in place)", before));
    }
}
