package backprop;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Layers applied in order, with parameters named as in the derivation: W1, b1, W2, b2, …
 *
 * <pre>{@code
 * Network net = new Network(42).dense(4, 16).relu().dense(16, 3); // z1 = W1 x + b1, a1 = relu(z1), z2 = W2 a1 + b2
 * double J = net.backprop(new SoftmaxCrossEntropy(), X, Y);       // forward, loss, backward
 * net.parameter("W1").gradient();                                  // dJ/dW1
 * }</pre>
 */
public final class Network {
    private final List<Layer> layers = new ArrayList<>();
    private final Map<String, Parameter> parameters = new LinkedHashMap<>();
    private final Random random;
    private int denseCount;

    /** An empty network whose initial weights come from {@code new Random(seed)}: same seed, same network. */
    public Network(long seed) {
        this.random = new Random(seed);
    }

    /** Adds a dense layer (in → out) with He initialisation, the usual choice before a ReLU. */
    public Network dense(int in, int out) {
        return add(Dense.he(Integer.toString(denseCount + 1), in, out, random));
    }

    /** Adds a dense layer (in → out) with Xavier initialisation, the usual choice before tanh or sigmoid. */
    public Network denseXavier(int in, int out) {
        return add(Dense.xavier(Integer.toString(denseCount + 1), in, out, random));
    }

    public Network relu() {
        return add(new ReLU());
    }

    public Network sigmoid() {
        return add(new Sigmoid());
    }

    public Network tanh() {
        return add(new Tanh());
    }

    /** Adds any layer; a {@link Dense} one is expected to be named by the next number (W1, then W2, …). */
    public Network add(Layer layer) {
        if (layer instanceof Dense) denseCount++;
        for (Parameter p : layer.parameters()) {
            if (parameters.putIfAbsent(p.name(), p) != null) {
                throw new IllegalArgumentException("add: the network already has a parameter named " + p.name());
            }
        }
        layers.add(layer);
        return this;
    }

    /** The output (logits) for a batch X (D×N), caching every layer's local gradients. */
    public Matrix forward(Matrix x) {
        Matrix a = x;
        for (Layer layer : layers) a = layer.forward(a);
        return a;
    }

    /** From dJ/d(output), every layer's backward in reverse order; returns dJ/dX. */
    public Matrix backward(Matrix dOutput) {
        Matrix g = dOutput;
        for (int i = layers.size() - 1; i >= 0; i--) g = layers.get(i).backward(g);
        return g;
    }

    /** J for a batch, without touching the gradients. */
    public double loss(Loss loss, Matrix x, Matrix y) {
        return loss.forward(forward(x), y);
    }

    /** Forward, loss, backward: returns J and leaves dJ/dθ in every parameter's gradient. */
    public double backprop(Loss loss, Matrix x, Matrix y) {
        double j = loss.forward(forward(x), y);
        Matrix g = loss.backward();
        for (int i = layers.size() - 1; i >= 0; i--) {
            // Training needs no dJ/dX: a first dense layer skips that product, (D,H)·(H,N), the largest of a wide input.
            if (i == 0 && layers.get(0) instanceof Dense first) first.parameterGradients(g);
            else g = layers.get(i).backward(g);
        }
        return j;
    }

    /**
     * The predicted class of each column of X: the row of the largest output, or, for a single
     * output (a sigmoid's logit), 1 where z > 0 (σ(z) > 0.5) and 0 elsewhere.
     */
    public int[] predict(Matrix x) {
        Matrix out = forward(x);
        if (out.rows() != 1) return out.argmaxPerColumn();
        int[] classes = new int[out.cols()];
        for (int n = 0; n < classes.length; n++) classes[n] = out.get(0, n) > 0 ? 1 : 0;
        return classes;
    }

    /** The fraction of columns of X whose predicted class is {@code labels[n]}. */
    public double accuracy(Matrix x, int[] labels) {
        int[] predicted = predict(x);
        if (predicted.length != labels.length) {
            throw new IllegalArgumentException("accuracy: " + predicted.length + " examples but " + labels.length + " labels");
        }
        int right = 0;
        for (int n = 0; n < labels.length; n++) if (predicted[n] == labels[n]) right++;
        return labels.length == 0 ? 0 : (double) right / labels.length;
    }

    public List<Layer> layers() {
        return Collections.unmodifiableList(layers);
    }

    /** The parameters in the order of the layers: W1, b1, W2, b2, … */
    public List<Parameter> parameters() {
        return List.copyOf(parameters.values());
    }

    public Parameter parameter(String name) {
        Parameter p = parameters.get(name);
        if (p == null) {
            throw new IllegalArgumentException("parameter: no parameter named " + name + " (the network has "
                    + parameters.keySet() + ")");
        }
        return p;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Network");
        for (Layer layer : layers) sb.append("\n  ").append(layer);
        return sb.toString();
    }
}
