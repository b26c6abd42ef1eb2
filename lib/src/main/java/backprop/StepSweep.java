package backprop;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

/**
 * The error of finite differences against the step h: forward (f(x + h) − f(x)) / h and centred
 * (f(x + h) − f(x − h)) / 2h, each in double and in float, compared with the exact f′(x).
 *
 * <p>Truncation error falls with h (∝ h forward, ∝ h² centred); round-off error, about
 * ε·|f| / h, rises as h shrinks. Their sum is smallest near h ≈ √ε (forward) and ∛ε (centred):
 * about 1e-8 and 5e-6 in double (ε ≈ 1.1e-16), 2e-4 and 4e-3 in float (ε ≈ 6e-8).
 *
 * <p>"In float" means x, h, x ± h, the values of f and the quotient are all rounded to float, as
 * code that stores everything in float would have them; f itself is evaluated in double.
 */
public final class StepSweep {
    /** One of the four difference quotients the sweep measures. */
    public enum Scheme {
        FORWARD_DOUBLE("forward, double"), CENTRED_DOUBLE("centred, double"),
        FORWARD_FLOAT("forward, float"), CENTRED_FLOAT("centred, float");

        private final String label;

        Scheme(String label) {
            this.label = label;
        }

        /** How the scheme is named in tables and legends, e.g. "centred, double". */
        public String label() {
            return label;
        }
    }

    /** One step h and the relative error |quotient − f′(x)| / |f′(x)| of each scheme, in {@link Scheme} order. */
    public record Row(double h, double[] errors) {
        public double error(Scheme scheme) {
            return errors[scheme.ordinal()];
        }
    }

    private final double x;
    private final double exact;
    private final List<Row> rows;

    private StepSweep(double x, double exact, List<Row> rows) {
        this.x = x;
        this.exact = exact;
        this.rows = List.copyOf(rows);
    }

    /** The steps 1e-1, 10^−1.5, 1e-2, … 1e-12: half a decade apart. */
    public static double[] defaultSteps() {
        double[] hs = new double[23];
        for (int k = 0; k < hs.length; k++) hs[k] = Math.pow(10, -1 - 0.5 * k);
        return hs;
    }

    /** The sweep over {@link #defaultSteps()}. */
    public static StepSweep of(DoubleUnaryOperator f, double x, double exactDerivative) {
        return of(f, x, exactDerivative, defaultSteps());
    }

    /** The four schemes' relative errors at each step h in {@code steps}, against f′(x) = exactDerivative ≠ 0. */
    public static StepSweep of(DoubleUnaryOperator f, double x, double exactDerivative, double[] steps) {
        if (!(exactDerivative != 0 && Double.isFinite(exactDerivative))) {
            throw new IllegalArgumentException("StepSweep: the exact derivative must be finite and non-zero (the error "
                    + "is relative to it), got " + exactDerivative);
        }
        List<Row> rows = new ArrayList<>();
        for (double h : steps) {
            if (!(h > 0)) throw new IllegalArgumentException("StepSweep: step h must be positive, got " + h);
            double forward = (f.applyAsDouble(x + h) - f.applyAsDouble(x)) / h;
            double centred = (f.applyAsDouble(x + h) - f.applyAsDouble(x - h)) / (2 * h);
            float xf = (float) x;
            float hf = (float) h;
            float forwardF = (inFloat(f, xf + hf) - inFloat(f, xf)) / hf;
            float centredF = (inFloat(f, xf + hf) - inFloat(f, xf - hf)) / (2 * hf);
            double[] errors = {forward, centred, forwardF, centredF};
            for (int s = 0; s < errors.length; s++) errors[s] = Math.abs(errors[s] - exactDerivative) / Math.abs(exactDerivative);
            rows.add(new Row(h, errors));
        }
        return new StepSweep(x, exactDerivative, rows);
    }

    private static float inFloat(DoubleUnaryOperator f, float x) {
        return (float) f.applyAsDouble(x);
    }

    public double x() {
        return x;
    }

    /** The exact f′(x) the errors are relative to. */
    public double exact() {
        return exact;
    }

    /** The steps in the order given, largest first by default. */
    public List<Row> rows() {
        return rows;
    }

    /** The row at step h (as given to {@link #of}). */
    public Row at(double h) {
        return rows.stream().filter(r -> r.h() == h).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("at: h = " + h + " is not one of the sweep's steps"));
    }

    /** The step with the smallest error for that scheme. */
    public double bestStep(Scheme scheme) {
        return rows.stream().min(Comparator.comparingDouble(r -> r.error(scheme))).orElseThrow().h();
    }

    /** One row per step: h and the four relative errors. */
    public Table table() {
        Table t = Table.create("relative error of f′(" + x + ") against h", DoubleColumn.create("h"));
        for (Scheme s : Scheme.values()) t.addColumns(DoubleColumn.create(s.label()));
        for (Row r : rows) {
            t.doubleColumn(0).append(r.h());
            for (Scheme s : Scheme.values()) t.doubleColumn(1 + s.ordinal()).append(r.error(s));
        }
        for (int c = 0; c < t.columnCount(); c++) {
            t.doubleColumn(c).setPrintFormatter(new NumberColumnFormatter(new java.text.DecimalFormat("0.0E0")));
        }
        return t;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("StepSweep of f′(" + x + ") = " + exact + ", best h:");
        for (Scheme s : Scheme.values()) sb.append(String.format(" %s %.0e;", s.label(), bestStep(s)));
        return sb.substring(0, sb.length() - 1);
    }
}
