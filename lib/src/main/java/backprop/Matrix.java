package backprop;

import java.util.Arrays;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;

/**
 * A dense matrix of doubles, stored as an array of rows.
 *
 * <p>Operations return new matrices and leave their arguments unmodified, so code reads like the
 * math: {@code W.matmul(x).plusColumn(b)} is z = W x + b. The few methods that mutate say so in
 * their name ({@link #subtractScaledInPlace}) or are plain setters ({@link #set}).
 *
 * <p>The kit's notation: examples are columns, so a batch X of N examples with D features is (D×N).
 */
public final class Matrix {
    private final int rows;
    private final int cols;
    private final double[][] data; // data[i] is row i; length rows, each of length cols

    private Matrix(int rows, int cols, double[][] data) {
        this.rows = rows;
        this.cols = cols;
        this.data = data;
    }

    // ---- construction ------------------------------------------------------------------------

    /** A (rows×cols) matrix of zeros. */
    public static Matrix zeros(int rows, int cols) {
        if (rows < 0 || cols < 0) {
            throw new IllegalArgumentException("zeros: (" + rows + "x" + cols + "): sizes must be ≥ 0");
        }
        return new Matrix(rows, cols, newRows(rows, cols));
    }

    /** A (rows×cols) matrix with every entry equal to {@code value}. */
    public static Matrix filled(int rows, int cols, double value) {
        Matrix m = zeros(rows, cols);
        for (double[] row : m.data) Arrays.fill(row, value);
        return m;
    }

    /** A copy of {@code rows} (not modified), which must all have the same length. */
    public static Matrix of(double[]... rows) {
        int cols = rows.length == 0 ? 0 : rows[0].length;
        double[][] copy = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != cols) {
                throw new IllegalArgumentException("of: row " + i + " has " + rows[i].length
                        + " entries, row 0 has " + cols);
            }
            copy[i] = rows[i].clone();
        }
        return new Matrix(rows.length, cols, copy);
    }

    /** A column vector (n×1): one example, or a bias. */
    public static Matrix column(double... values) {
        Matrix m = zeros(values.length, 1);
        for (int i = 0; i < values.length; i++) m.data[i][0] = values[i];
        return m;
    }

    /** A row vector (1×n). */
    public static Matrix row(double... values) {
        return of(values);
    }

    /** The (n×n) identity. */
    public static Matrix identity(int n) {
        Matrix m = zeros(n, n);
        for (int i = 0; i < n; i++) m.data[i][i] = 1;
        return m;
    }

    /** Entries drawn from N(0, std²) with {@code random}, row by row: the same seed gives the same matrix. */
    public static Matrix gaussian(int rows, int cols, double std, Random random) {
        Matrix m = zeros(rows, cols);
        for (double[] row : m.data) {
            for (int j = 0; j < cols; j++) row[j] = std * random.nextGaussian();
        }
        return m;
    }

    /** Entries drawn uniformly from [lo, hi) with {@code random}, row by row. */
    public static Matrix uniform(int rows, int cols, double lo, double hi, Random random) {
        Matrix m = zeros(rows, cols);
        for (double[] row : m.data) {
            for (int j = 0; j < cols; j++) row[j] = lo + (hi - lo) * random.nextDouble();
        }
        return m;
    }

    // ---- shape and entries -------------------------------------------------------------------

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    /** The shape as the kit writes it in messages: {@code "3x4"}. */
    public String shape() {
        return rows + "x" + cols;
    }

    public boolean sameShape(Matrix other) {
        return rows == other.rows && cols == other.cols;
    }

    public double get(int i, int j) {
        checkIndex("get", i, j);
        return data[i][j];
    }

    /** Sets entry (i, j). Modified: this. */
    public void set(int i, int j, double value) {
        checkIndex("set", i, j);
        data[i][j] = value;
    }

    /** A copy of the entries as an array of rows. */
    public double[][] toArray() {
        double[][] copy = new double[rows][];
        for (int i = 0; i < rows; i++) copy[i] = data[i].clone();
        return copy;
    }

    /** The entries of a column vector or a row vector, in order. */
    public double[] toVector() {
        if (rows != 1 && cols != 1) {
            throw new IllegalArgumentException("toVector: (" + shape() + "): not a row or a column vector");
        }
        double[] v = new double[rows * cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) v[i * cols + j] = data[i][j];
        }
        return v;
    }

    public Matrix copy() {
        return new Matrix(rows, cols, toArray());
    }

    // ---- the operations of the derivation ----------------------------------------------------

    /** The matrix product this·other: (m×k)·(k×n) → (m×n). */
    public Matrix matmul(Matrix other) {
        if (cols != other.rows) {
            throw new IllegalArgumentException("matmul: (" + shape() + ")·(" + other.shape()
                    + "): inner dimensions " + cols + " ≠ " + other.rows);
        }
        Matrix out = zeros(rows, other.cols);
        Kernels.multiply(data, other.data, out.data, rows, cols, other.cols); // blocked, vectorised; see Kernels
        return out;
    }

    /** thisᵀ·other without materialising thisᵀ: (k×m)ᵀ·(k×n) → (m×n), equal bit for bit to {@code transpose().matmul(other)}. */
    Matrix transposeMatmul(Matrix other) {
        if (rows != other.rows) {
            throw new IllegalArgumentException("transposeMatmul: (" + shape() + ")ᵀ·(" + other.shape()
                    + "): inner dimensions " + rows + " ≠ " + other.rows);
        }
        Matrix out = zeros(cols, other.cols);
        Kernels.multiplyTransposeA(data, other.data, out.data, cols, rows, other.cols);
        return out;
    }

    /** The transpose: (m×n) → (n×m). */
    public Matrix transpose() {
        Matrix out = zeros(cols, rows);
        // In tiles, so that both the rows read and the rows written stay in cache.
        for (int i0 = 0; i0 < rows; i0 += TILE) {
            for (int j0 = 0; j0 < cols; j0 += TILE) {
                for (int i = i0; i < Math.min(rows, i0 + TILE); i++) {
                    double[] row = data[i];
                    for (int j = j0; j < Math.min(cols, j0 + TILE); j++) out.data[j][i] = row[j];
                }
            }
        }
        return out;
    }

    /** this + other, entry by entry; the shapes must be equal. */
    public Matrix plus(Matrix other) {
        requireSameShape("plus", "+", other);
        Matrix out = zeros(rows, cols);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) out.data[i][j] = data[i][j] + other.data[i][j];
        }
        return out;
    }

    /** this − other, entry by entry; the shapes must be equal. */
    public Matrix minus(Matrix other) {
        requireSameShape("minus", "−", other);
        Matrix out = zeros(rows, cols);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) out.data[i][j] = data[i][j] - other.data[i][j];
        }
        return out;
    }

    /** The Hadamard (entry-by-entry) product this ⊙ other; the shapes must be equal. */
    public Matrix hadamard(Matrix other) {
        requireSameShape("hadamard", "⊙", other);
        Matrix out = zeros(rows, cols);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) out.data[i][j] = data[i][j] * other.data[i][j];
        }
        return out;
    }

    /** s · this. */
    public Matrix times(double s) {
        return map(v -> s * v);
    }

    /** f applied to every entry. */
    public Matrix map(DoubleUnaryOperator f) {
        Matrix out = zeros(rows, cols);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) out.data[i][j] = f.applyAsDouble(data[i][j]);
        }
        return out;
    }

    /**
     * Adds the column vector b (m×1) to every column of this (m×n): the bias in z = W X + b for a
     * batch X whose columns are examples.
     */
    public Matrix plusColumn(Matrix b) {
        if (b.cols != 1 || b.rows != rows) {
            throw new IllegalArgumentException("plusColumn: (" + shape() + ") + (" + b.shape()
                    + "): expected a (" + rows + "x1) column");
        }
        Matrix out = zeros(rows, cols);
        for (int i = 0; i < rows; i++) {
            double bi = b.data[i][0];
            for (int j = 0; j < cols; j++) out.data[i][j] = data[i][j] + bi;
        }
        return out;
    }

    /** The sum of each row, (m×n) → (m×1): summing over the batch, as for a bias gradient. */
    public Matrix rowSums() {
        Matrix out = zeros(rows, 1);
        for (int i = 0; i < rows; i++) {
            double s = 0;
            for (int j = 0; j < cols; j++) s += data[i][j];
            out.data[i][0] = s;
        }
        return out;
    }

    /** The sum of each column, (m×n) → (1×n): one number per example. */
    public Matrix colSums() {
        Matrix out = zeros(1, cols);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) out.data[0][j] += data[i][j];
        }
        return out;
    }

    /** The sum of all entries. */
    public double sum() {
        double s = 0;
        for (double[] row : data) {
            for (double v : row) s += v;
        }
        return s;
    }

    /** The largest |entry|, or 0 for an empty matrix. */
    public double maxAbs() {
        double m = 0;
        for (double[] row : data) {
            for (double v : row) m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    /** For each column, the row index of its largest entry (the first one on ties): predicted classes. */
    public int[] argmaxPerColumn() {
        if (rows == 0) {
            throw new IllegalArgumentException("argmaxPerColumn: (" + shape() + "): no rows to choose from");
        }
        int[] best = new int[cols];
        for (int j = 0; j < cols; j++) {
            for (int i = 1; i < rows; i++) {
                if (data[i][j] > data[best[j]][j]) best[j] = i;
            }
        }
        return best;
    }

    /** The columns at {@code indices}, in that order: a minibatch of examples. */
    public Matrix columns(int[] indices) {
        Matrix out = zeros(rows, indices.length);
        for (int k = 0; k < indices.length; k++) {
            int j = indices[k];
            if (j < 0 || j >= cols) {
                throw new IndexOutOfBoundsException("columns: column " + j + " of (" + shape() + ")");
            }
        }
        for (int i = 0; i < rows; i++) { // row by row: each row of this is read once, in cache
            double[] row = data[i];
            double[] outRow = out.data[i];
            for (int k = 0; k < indices.length; k++) outRow[k] = row[indices[k]];
        }
        return out;
    }

    /** Column j as an (m×1) vector: one example. */
    public Matrix columnAt(int j) {
        return columns(new int[] {j});
    }

    /**
     * this ← this − α·g, the SGD update. Modified: this. Not modified: g.
     *
     * @return this, for chaining
     */
    public Matrix subtractScaledInPlace(double alpha, Matrix g) {
        requireSameShape("subtractScaledInPlace", "−", g);
        for (int i = 0; i < rows; i++) {
            double[] row = data[i];
            double[] gRow = g.data[i];
            for (int j = 0; j < cols; j++) row[j] -= alpha * gRow[j];
        }
        return this;
    }

    /** The first entry that is NaN or infinite, as {i, j}, or null when all are finite. */
    public int[] firstNonFinite() {
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                if (!Double.isFinite(data[i][j])) return new int[] {i, j};
            }
        }
        return null;
    }

    /** Throws, naming {@code op}, the entry and its value, if any entry is NaN or infinite. */
    public Matrix requireFinite(String op) {
        int[] at = firstNonFinite();
        if (at != null) {
            throw new ArithmeticException(op + ": (" + shape() + ") has " + data[at[0]][at[1]]
                    + " at (" + at[0] + ", " + at[1] + ")");
        }
        return this;
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static final int TILE = 32; // transpose tile: 32×32 doubles (8 KiB) read and written in L1

    /**
     * A fresh (rows×cols) array of zeros, one row at a time: C2 compiles {@code new double[rows][cols]}
     * to a call into the VM, measured slower than this loop of inlined allocations for the kit's small matrices.
     */
    private static double[][] newRows(int rows, int cols) {
        double[][] data = new double[rows][];
        for (int i = 0; i < rows; i++) data[i] = new double[cols];
        return data;
    }

    /** The live rows, for the package's own loops (Activation). Not a copy: do not let it escape. */
    double[][] rowArrays() {
        return data;
    }

    private void requireSameShape(String op, String symbol, Matrix other) {
        if (!sameShape(other)) {
            throw new IllegalArgumentException(op + ": (" + shape() + ") " + symbol + " (" + other.shape()
                    + "): shapes differ");
        }
    }

    private void checkIndex(String op, int i, int j) {
        if (i < 0 || i >= rows || j < 0 || j >= cols) {
            throw new IndexOutOfBoundsException(op + ": (" + i + ", " + j + ") is outside (" + shape() + ")");
        }
    }

    /** Equal shapes and equal entries (exactly: use {@link Check#close} to compare with a tolerance). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Matrix m && sameShape(m) && Arrays.deepEquals(data, m.data);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(data);
    }

    /**
     * The shape first, then the entries to 4 significant digits, with the middle rows and columns
     * elided past 8, so a notebook cell shows a batch at a glance.
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Matrix (" + shape() + ")");
        int[] rowIdx = shown(rows);
        int[] colIdx = shown(cols);
        for (int r = 0; r < rowIdx.length; r++) {
            sb.append('\n');
            if (rowIdx[r] < 0) {
                sb.append("  ...");
                continue;
            }
            sb.append(r == 0 ? "[" : " ").append('[');
            for (int c = 0; c < colIdx.length; c++) {
                if (c > 0) sb.append(", ");
                sb.append(colIdx[c] < 0 ? "..." : String.format("%10s", format(data[rowIdx[r]][colIdx[c]])));
            }
            sb.append(']').append(r == rowIdx.length - 1 ? "]" : "");
        }
        return sb.toString();
    }

    private static final int EDGE = 4; // entries shown at each end of an elided row or column

    private static int[] shown(int n) {
        if (n <= 2 * EDGE) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) all[i] = i;
            return all;
        }
        int[] idx = new int[2 * EDGE + 1];
        for (int i = 0; i < EDGE; i++) {
            idx[i] = i;
            idx[EDGE + 1 + i] = n - EDGE + i;
        }
        idx[EDGE] = -1; // the elision mark
        return idx;
    }

    static String format(double v) {
        if (v == 0) return "0";
        if (!Double.isFinite(v)) return Double.toString(v);
        double a = Math.abs(v);
        if (a >= 1e-3 && a < 1e5) {
            String s = String.format("%.4g", v);
            if (s.contains(".") && !s.contains("e")) s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
            return s;
        }
        return String.format("%.3e", v);
    }
}
