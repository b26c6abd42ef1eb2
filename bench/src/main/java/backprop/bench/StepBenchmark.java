package backprop.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** A full training step (forward, loss, backward, SGD update) of the seed network, in ms per step. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StepBenchmark {
    @Param({"64-128-10", "784-100-10"})
    public String shape;

    @Param({"1", "32", "200"})
    public int batch;

    private StepCase step;

    @Setup
    public void setUp() {
        step = StepCase.of(shape, batch);
    }

    @Benchmark
    public double step() {
        return step.step();
    }
}
