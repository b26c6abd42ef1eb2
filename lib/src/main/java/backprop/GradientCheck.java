package backprop;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.ToDoubleFunction;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

/**
 * Checks backprop's gradients against centred finite differences of the loss,
 * dJ/dθ ≈ (J(θ + h) − J(θ − h)) / 2h, one parameter entry at a time.
 *
 * <p>The agreement is the relative error |a − n| / max(|a|, |n|, floor): the floor keeps two
 * tiny gradients, dominated by round-off, from looking different. Bands as CS231n teaches:
 * ≤ 1e-7 good, below 1e-4 acceptable, below 1e-2 suspicious, from 1e-2 on wrong.
 *
 * <p>A ReLU whose pre-activation crosses 0 between θ − h and θ + h makes the difference quotient
 * straddle a kink, where it means nothing: such an entry is reported as a kink, not as wrong.
 */
public final class GradientCheck {
    /** The default step h: in double, truncation (∝ h²) and round-off (∝ ε/h) balance near here. */
    public static final double STEP = 1e-5;
    /** The default floor of the relative error's denominator, above the round-off of the differences (~1e-10). */
    public static final double FLOOR = 1e-6;
    /** The default number of entries checked per parameter; smaller tensors are checked whole. */
    public static final int SAMPLES = 40;

    private GradientCheck() {}

    public enum Verdict {
        GOOD, ACCEPTABLE, SUSPICIOUS, WRONG, KINK;

        public static Verdict of(double relativeError) {
            if (relativeError <= 1e-7) return GOOD;
            if (relativeError < 1e-4) return ACCEPTABLE;
            if (relativeError < 1e-2) return SUSPICIOUS;
            return WRONG; // also NaN
        }

        /** True for the verdicts a correct gradient gets. */
        public boolean passes() {
            return this == GOOD || this == ACCEPTABLE || this == KINK;
        }
    }

    /** |a − n| / max(|a|, |n|, FLOOR). */
    public static double relativeError(double analytic, double numeric) {
        double diff = Math.abs(analytic - numeric);
        return diff == 0 ? 0 : diff / Math.max(Math.max(Math.abs(analytic), Math.abs(numeric)), FLOOR);
    }

    /**
     * The centred difference (f(x + h) − f(x − h)) / 2h at every entry of x, with h = {@link #STEP}.
     * Modified during the call and restored: x.
     */
    public static Matrix numeric(ToDoubleFunction<Matrix> f, Matrix x) {
        return numeric(f, x, STEP);
    }

    /** As {@link #numeric(ToDoubleFunction, Matrix)}, with step h. */
    public static Matrix numeric(ToDoubleFunction<Matrix> f, Matrix x, double h) {
        Matrix g = Matrix.zeros(x.rows(), x.cols());
        for (int i = 0; i < x.rows(); i++) {
            for (int j = 0; j < x.cols(); j++) {
                double saved = x.get(i, j);
                x.set(i, j, saved + h);
                double plus = f.applyAsDouble(x);
                x.set(i, j, saved - h);
                double minus = f.applyAsDouble(x);
                x.set(i, j, saved);
                g.set(i, j, (plus - minus) / (2 * h));
            }
        }
        return g;
    }

    /**
     * The Jacobian ∂fᵢ/∂xⱼ of a vector function f at a column x (n×1) by centred differences with
     * h = {@link #STEP}: (m×n), row i is the gradient of fᵢ. Modified during the call and restored: x.
     */
    public static Matrix numericJacobian(java.util.function.Function<Matrix, Matrix> f, Matrix x) {
        if (x.cols() != 1) {
            throw new IllegalArgumentException("numericJacobian: x (" + x.shape() + ") must be one column (n×1)");
        }
        int m = f.apply(x).rows();
        Matrix jac = Matrix.zeros(m, x.rows());
        for (int j = 0; j < x.rows(); j++) {
            double saved = x.get(j, 0);
            x.set(j, 0, saved + STEP);
            Matrix plus = f.apply(x);
            x.set(j, 0, saved - STEP);
            Matrix minus = f.apply(x);
            x.set(j, 0, saved);
            for (int i = 0; i < m; i++) jac.set(i, j, (plus.get(i, 0) - minus.get(i, 0)) / (2 * STEP)); // column j: ∂f/∂xⱼ
        }
        return jac;
    }

    /** The numeric dJ/dθ of every entry of the named parameter, for the loss on (X, Y). */
    public static Matrix numeric(Network network, Loss loss, Matrix x, Matrix y, String parameter) {
        Matrix g = numeric(theta -> network.loss(loss, x, y), network.parameter(parameter).value());
        network.loss(loss, x, y); // leave the caches of the unperturbed parameters, not of the last θ − h
        return g;
    }

    /** Checks every parameter of the network, sampling {@link #SAMPLES} entries of the large ones (seed 0). */
    public static Report check(Network network, Loss loss, Matrix x, Matrix y) {
        return check(network, loss, x, y, SAMPLES, 0);
    }

    /**
     * Checks up to {@code samples} entries of each parameter, chosen with {@code new Random(seed)}.
     * Runs one backward pass for the analytic gradients, then two loss evaluations per entry.
     */
    public static Report check(Network network, Loss loss, Matrix x, Matrix y, int samples, long seed) {
        network.backprop(loss, x, y);
        List<Activation> kinked = new ArrayList<>();
        for (Layer layer : network.layers()) {
            if (layer instanceof Activation a && a.hasKink()) kinked.add(a);
        }
        Random random = new Random(seed);
        List<Entry> entries = new ArrayList<>();
        for (Parameter p : network.parameters()) {
            Matrix theta = p.value();
            Matrix analytic = p.gradient().copy(); // the perturbed forward passes below do not touch gradients
            for (int flat : sample(theta.rows() * theta.cols(), samples, random)) {
                int i = flat / theta.cols();
                int j = flat % theta.cols();
                double saved = theta.get(i, j);
                theta.set(i, j, saved + STEP);
                double plus = network.loss(loss, x, y);
                List<Matrix> masksPlus = localGradients(kinked);
                theta.set(i, j, saved - STEP);
                double minus = network.loss(loss, x, y);
                boolean kink = !masksPlus.equals(localGradients(kinked));
                theta.set(i, j, saved);
                double n = (plus - minus) / (2 * STEP);
                double a = analytic.get(i, j);
                double rel = relativeError(a, n);
                entries.add(new Entry(p.name(), i, j, a, n, rel, kink ? Verdict.KINK : Verdict.of(rel)));
            }
        }
        network.backprop(loss, x, y); // leave the caches and gradients as they were before the check
        return new Report(entries);
    }

    private static List<Matrix> localGradients(List<Activation> layers) {
        List<Matrix> masks = new ArrayList<>();
        for (Activation a : layers) masks.add(a.localGradient());
        return masks;
    }

    /** Up to k distinct indices in [0, n), in increasing order; all of them when n ≤ k. */
    private static int[] sample(int n, int k, Random random) {
        if (n <= k) return java.util.stream.IntStream.range(0, n).toArray();
        int[] all = java.util.stream.IntStream.range(0, n).toArray();
        for (int i = 0; i < k; i++) { // a partial Fisher–Yates shuffle
            int r = i + random.nextInt(n - i);
            int t = all[i];
            all[i] = all[r];
            all[r] = t;
        }
        int[] chosen = java.util.Arrays.copyOf(all, k);
        java.util.Arrays.sort(chosen);
        return chosen;
    }

    /** One checked entry θ[row, col] of a parameter. */
    public record Entry(String parameter, int row, int col, double analytic, double numeric, double relativeError,
            Verdict verdict) {
        @Override
        public String toString() {
            return parameter + "[" + row + ", " + col + "]: backprop " + analytic + ", finite differences " + numeric
                    + ", relative error " + String.format("%.2e", relativeError) + " (" + verdict + ")";
        }
    }

    /** The outcome of a check: every entry, a summary per parameter, and the worst entry. */
    public static final class Report {
        private final List<Entry> entries;

        Report(List<Entry> entries) {
            this.entries = List.copyOf(entries);
        }

        public List<Entry> entries() {
            return entries;
        }

        /** The entry with the largest relative error among those not at a kink, or null if there is none. */
        public Entry worst() {
            return entries.stream().filter(e -> e.verdict() != Verdict.KINK)
                    .max(Comparator.comparingDouble(e -> Double.isNaN(e.relativeError()) ? Double.POSITIVE_INFINITY
                            : e.relativeError()))
                    .orElse(null);
        }

        public long kinks() {
            return entries.stream().filter(e -> e.verdict() == Verdict.KINK).count();
        }

        /** The worst entry's verdict (KINK only if every entry sat at a kink). */
        public Verdict verdict() {
            Entry w = worst();
            return w == null ? Verdict.KINK : w.verdict();
        }

        public boolean passes() {
            return verdict().passes();
        }

        /** Throws an AssertionError naming the worst entry unless every entry is good, acceptable or a kink. */
        public Report requirePasses() {
            if (!passes()) throw new AssertionError("gradient check failed: " + worst());
            return this;
        }

        /** Every checked entry, one row each. */
        public Table table() {
            Table t = Table.create("gradient check",
                    StringColumn.create("parameter"), IntColumn.create("row"), IntColumn.create("col"),
                    DoubleColumn.create("backprop"), DoubleColumn.create("finite diff"),
                    DoubleColumn.create("rel. error"), StringColumn.create("verdict"));
            for (Entry e : entries) {
                t.stringColumn(0).append(e.parameter());
                t.intColumn(1).append(e.row());
                t.intColumn(2).append(e.col());
                t.doubleColumn(3).append(e.analytic());
                t.doubleColumn(4).append(e.numeric());
                t.doubleColumn(5).append(e.relativeError());
                t.stringColumn(6).append(e.verdict().name().toLowerCase());
            }
            t.doubleColumn(3).setPrintFormatter(scientific("0.0000000E0"));
            t.doubleColumn(4).setPrintFormatter(scientific("0.0000000E0"));
            t.doubleColumn(5).setPrintFormatter(scientific("0.0E0"));
            return t;
        }

        /** One row per parameter: entries checked, kinks, the worst relative error, where, and its verdict. */
        public Table summary() {
            Table t = Table.create("gradient check",
                    StringColumn.create("parameter"), IntColumn.create("checked"), IntColumn.create("kinks"),
                    DoubleColumn.create("worst rel. error"), StringColumn.create("at"), StringColumn.create("verdict"));
            List<String> names = entries.stream().map(Entry::parameter).distinct().toList();
            for (String name : names) {
                List<Entry> mine = entries.stream().filter(e -> e.parameter().equals(name)).toList();
                Report r = new Report(mine);
                Entry w = r.worst();
                t.stringColumn(0).append(name);
                t.intColumn(1).append(mine.size());
                t.intColumn(2).append((int) r.kinks());
                t.doubleColumn(3).append(w == null ? Double.NaN : w.relativeError());
                t.stringColumn(4).append(w == null ? "" : "[" + w.row() + ", " + w.col() + "]");
                t.stringColumn(5).append(r.verdict().name().toLowerCase());
            }
            t.doubleColumn(3).setPrintFormatter(scientific("0.0E0"));
            return t;
        }

        private static NumberColumnFormatter scientific(String pattern) {
            return new NumberColumnFormatter(new java.text.DecimalFormat(pattern));
        }

        @Override
        public String toString() {
            return summary().printAll() + "\nverdict: " + verdict().name().toLowerCase();
        }
    }

    // ---- the check along one random direction ------------------------------------------------

    /**
     * Checks the whole gradient at once along one random unit direction u (seeded): the directional
     * derivative ∇J·u from one backward pass against (J(θ + h u) − J(θ − h u)) / 2h, two loss
     * evaluations however many parameters there are. A wrong entry anywhere shows up unless u
     * happens to be orthogonal to the error, which a random u almost never is.
     */
    public static Directional direction(Network network, Loss loss, Matrix x, Matrix y, long seed) {
        network.backprop(loss, x, y);
        List<Activation> kinked = new ArrayList<>();
        for (Layer layer : network.layers()) {
            if (layer instanceof Activation a && a.hasKink()) kinked.add(a);
        }
        Random random = new Random(seed);
        List<Parameter> params = network.parameters();
        List<Matrix> saved = new ArrayList<>();
        List<Matrix> u = new ArrayList<>();
        double norm2 = 0;
        for (Parameter p : params) {
            Matrix theta = p.value();
            Matrix d = Matrix.gaussian(theta.rows(), theta.cols(), 1, random);
            norm2 += d.hadamard(d).sum();
            saved.add(theta.copy());
            u.add(d);
        }
        double norm = Math.sqrt(norm2);
        double analytic = 0;
        for (int k = 0; k < params.size(); k++) {
            u.set(k, u.get(k).times(1 / norm));
            analytic += params.get(k).gradient().hadamard(u.get(k)).sum(); // ∇J·u, parameter by parameter
        }
        for (int k = 0; k < params.size(); k++) params.get(k).value().subtractScaledInPlace(-STEP, u.get(k)); // θ + h u
        double plus = network.loss(loss, x, y);
        List<Matrix> masksPlus = localGradients(kinked);
        for (int k = 0; k < params.size(); k++) params.get(k).value().subtractScaledInPlace(2 * STEP, u.get(k)); // θ − h u
        double minus = network.loss(loss, x, y);
        boolean kink = !masksPlus.equals(localGradients(kinked));
        for (int k = 0; k < params.size(); k++) restore(params.get(k).value(), saved.get(k)); // exactly θ again
        network.backprop(loss, x, y);
        double numeric = (plus - minus) / (2 * STEP);
        double rel = relativeError(analytic, numeric);
        return new Directional(analytic, numeric, rel, kink ? Verdict.KINK : Verdict.of(rel));
    }

    private static void restore(Matrix target, Matrix saved) {
        for (int i = 0; i < target.rows(); i++) {
            for (int j = 0; j < target.cols(); j++) target.set(i, j, saved.get(i, j));
        }
    }

    /** The outcome of {@link #direction}: ∇J·u by backprop and by two loss evaluations. */
    public record Directional(double analytic, double numeric, double relativeError, Verdict verdict) {
        public boolean passes() {
            return verdict.passes();
        }

        /** Throws an AssertionError with both numbers unless the verdict passes. */
        public Directional requirePasses() {
            if (!passes()) throw new AssertionError("directional gradient check failed: " + this);
            return this;
        }

        @Override
        public String toString() {
            return "along a random direction u: backprop ∇J·u = " + analytic + ", finite differences " + numeric
                    + ", relative error " + String.format("%.2e", relativeError) + " (" + verdict + ")";
        }
    }
}
