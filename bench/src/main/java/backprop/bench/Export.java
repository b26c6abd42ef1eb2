package backprop.bench;

import backprop.Matrix;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes what the numpy reference needs to repeat every step case exactly: the initial W1, b1, W2,
 * b2, the batch X and Y, and J of each of {@value #STEPS} Java training steps.
 *
 * <p>{@code java backprop.bench.Export OUT}: one folder per case, {@code OUT/784-100-10_N32/}, with
 * {@code NAME.f64} (rows × cols little-endian doubles, row by row) and {@code case.json} (shapes).
 */
public final class Export {
    static final int STEPS = 100;

    private Export() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) throw new IllegalArgumentException("Export: expected one argument, the output folder");
        Path out = Path.of(args[0]);
        for (String shape : StepCase.SHAPES) {
            for (int batch : StepCase.BATCHES) {
                StepCase c = StepCase.of(shape, batch);
                Path dir = Files.createDirectories(out.resolve(shape + "_N" + batch));
                List<String> shapes = new ArrayList<>();
                for (String name : List.of("W1", "b1", "W2", "b2")) shapes.add(write(dir, name, c.parameter(name).value()));
                shapes.add(write(dir, "X", c.x));
                shapes.add(write(dir, "Y", c.y));
                double[] losses = new double[STEPS];
                for (int s = 0; s < STEPS; s++) losses[s] = c.step();
                shapes.add(write(dir, "J", Matrix.row(losses)));
                Files.writeString(dir.resolve("case.json"), "{\"shape\": \"" + shape + "\", \"batch\": " + batch
                        + ", \"learning_rate\": " + StepCase.LEARNING_RATE + ", \"arrays\": {" + String.join(", ", shapes) + "}}\n");
            }
        }
    }

    private static String write(Path dir, String name, Matrix m) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(8 * m.rows() * m.cols()).order(ByteOrder.LITTLE_ENDIAN);
        for (double[] row : m.toArray()) {
            for (double v : row) buf.putDouble(v);
        }
        Files.write(dir.resolve(name + ".f64"), buf.array());
        return "\"" + name + "\": [" + m.rows() + ", " + m.cols() + "]";
    }
}
