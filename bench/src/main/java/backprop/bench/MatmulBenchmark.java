package backprop.bench;

import backprop.Matrix;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@link Matrix#matmul} for (m×k)·(k×n), in ms per product: squares, and the seed network's
 * products at N = 200 (W1·X, dJ/dz1·Xᵀ for 784-100-10; W1·X for 64-128-10).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MatmulBenchmark {
    @Param({"64x64x64", "256x256x256", "1024x1024x1024", "100x784x200", "100x200x784", "128x64x200"})
    public String mkn;

    private Matrix a;
    private Matrix b;

    @Setup
    public void setUp() {
        String[] s = mkn.split("x");
        Random random = new Random(5);
        a = Matrix.gaussian(Integer.parseInt(s[0]), Integer.parseInt(s[1]), 1, random);
        b = Matrix.gaussian(Integer.parseInt(s[1]), Integer.parseInt(s[2]), 1, random);
    }

    @Benchmark
    public Matrix matmul() {
        return a.matmul(b);
    }
}
