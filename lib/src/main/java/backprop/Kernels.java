package backprop;

import java.util.stream.IntStream;

/**
 * The matrix product's kernels over arrays of rows: the naive triple loop, kept as the reference,
 * and the fast one that {@link Matrix#matmul} uses, tested against it.
 *
 * <p>The fast kernel is the naive loop in i-k-j order, whose innermost loop runs along a row of B
 * and of C and so is auto-vectorised by C2, made cache-friendly: it walks B in panels of
 * {@value #K_BLOCK} rows × {@value #J_BLOCK} columns that stay in L2, and folds four rows of B into
 * each pass over a row of C (one load and store of C per four multiply-adds; measured faster than
 * one, two or eight rows of B, and than two rows of C at a time). Large
 * products split C's rows over the common ForkJoin pool, whose threads are daemons (a notebook's
 * JVM can still exit); small ones never leave the caller's thread. Summing four products before
 * adding them to C rounds differently from the naive loop, by a few ulps.
 */
final class Kernels {
    private Kernels() {}

    static final int K_BLOCK = 128;
    static final int J_BLOCK = 512;
    /** Below this many columns of B, a product is done as dot products (see {@link #multiplyNarrow}). */
    static final int NARROW = 4;
    /** Multiply-adds (m·k·n) from which a product is split over threads: below, a fork costs more than it saves. */
    static final long PARALLEL_MIN = 1L << 20;

    /** C = A·B by the textbook's triple loop: c[i][j] = Σₚ a[i][p] b[p][j]. The reference for {@link #multiply}. */
    static void multiplyNaive(double[][] a, double[][] b, double[][] c, int m, int k, int n) {
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int p = 0; p < k; p++) s += a[i][p] * b[p][j];
                c[i][j] = s;
            }
        }
    }

    /** C += A·B for A (m×k), B (k×n), C (m×n). Modified: c. Not modified: a, b. */
    static void multiply(double[][] a, double[][] b, double[][] c, int m, int k, int n) {
        if (n < NARROW) {
            multiplyNarrow(a, b, c, m, k, n);
            return;
        }
        long work = (long) m * k * n;
        int threads = Math.min(Runtime.getRuntime().availableProcessors(), m);
        if (work < PARALLEL_MIN || threads < 2) {
            multiplyRows(a, b, c, k, n, 0, m);
            return;
        }
        // More tasks than threads, so a core slowed by another process does not hold up the rest.
        int tasks = Math.min(m, 4 * threads);
        IntStream.range(0, tasks).parallel().forEach(t ->
                multiplyRows(a, b, c, k, n, split(m, tasks, t), split(m, tasks, t + 1)));
    }

    /** The start of part t of [0, m) cut into {@code parts} nearly equal parts. */
    private static int split(int m, int parts, int t) {
        return (int) ((long) m * t / parts);
    }

    /**
     * C += A·B for a B of fewer than {@value #NARROW} columns (W x for one example x): a row of C is
     * then too short for the i-k-j loop to vectorise, so each entry is a dot product of a row of A
     * with a column of B, copied out once, summed in four independent parts that keep both FPU pipes busy.
     */
    private static void multiplyNarrow(double[][] a, double[][] b, double[][] c, int m, int k, int n) {
        double[][] bt = new double[n][k]; // the columns of B as rows
        for (int p = 0; p < k; p++) {
            for (int j = 0; j < n; j++) bt[j][p] = b[p][j];
        }
        for (int i = 0; i < m; i++) {
            double[] ai = a[i];
            for (int j = 0; j < n; j++) {
                double[] bj = bt[j];
                double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
                int p = 0;
                for (; p + 3 < k; p += 4) {
                    s0 += ai[p] * bj[p];
                    s1 += ai[p + 1] * bj[p + 1];
                    s2 += ai[p + 2] * bj[p + 2];
                    s3 += ai[p + 3] * bj[p + 3];
                }
                for (; p < k; p++) s0 += ai[p] * bj[p];
                c[i][j] += (s0 + s1) + (s2 + s3);
            }
        }
    }

    /** C[i0..i1) += A[i0..i1)·B: every row of C that one thread owns. */
    static void multiplyRows(double[][] a, double[][] b, double[][] c, int k, int n, int i0, int i1) {
        for (int j0 = 0; j0 < n; j0 += J_BLOCK) {
            int j1 = Math.min(n, j0 + J_BLOCK);
            for (int p0 = 0; p0 < k; p0 += K_BLOCK) {
                int p1 = Math.min(k, p0 + K_BLOCK);
                for (int i = i0; i < i1; i++) oneRow(a[i], b, c[i], p0, p1, j0, j1);
            }
        }
    }

    // c0[j0..j1) += a0[p0..p1)·B[p0..p1)[j0..j1): four rows of B per pass, so C is loaded and stored
    // once per four multiply-adds; the j loop is what C2 vectorises.
    private static void oneRow(double[] a0, double[][] b, double[] c0, int p0, int p1, int j0, int j1) {
        int p = p0;
        for (; p + 3 < p1; p += 4) {
            double[] b0 = b[p], b1 = b[p + 1], b2 = b[p + 2], b3 = b[p + 3];
            double x0 = a0[p], x1 = a0[p + 1], x2 = a0[p + 2], x3 = a0[p + 3];
            for (int j = j0; j < j1; j++) c0[j] += x0 * b0[j] + x1 * b1[j] + x2 * b2[j] + x3 * b3[j];
        }
        for (; p < p1; p++) {
            double[] bp = b[p];
            double x = a0[p];
            for (int j = j0; j < j1; j++) c0[j] += x * bp[j];
        }
    }

    /**
     * C += Aᵀ·B for A (k×m), B (k×n), C (m×n) without allocating Aᵀ (Wᵀ dJ/dz in Dense.backward): row i
     * of Aᵀ, column i of A, is gathered into one reused array, which {@link #oneRow} reads as scalars,
     * so the vectorised loop over rows of B and C and every sum are those of {@link #multiply} on the
     * transpose: the result is equal bit for bit. The narrow and threaded cases, where a transpose
     * costs little beside the product, materialise it.
     */
    static void multiplyTransposeA(double[][] a, double[][] b, double[][] c, int m, int k, int n) {
        if (n < NARROW || (long) m * k * n >= PARALLEL_MIN) {
            double[][] at = new double[m][k];
            for (int p = 0; p < k; p++) {
                for (int i = 0; i < m; i++) at[i][p] = a[p][i];
            }
            multiply(at, b, c, m, k, n);
            return;
        }
        double[] ai = new double[k]; // column i of A, gathered once per panel of B
        for (int j0 = 0; j0 < n; j0 += J_BLOCK) {
            int j1 = Math.min(n, j0 + J_BLOCK);
            for (int p0 = 0; p0 < k; p0 += K_BLOCK) {
                int p1 = Math.min(k, p0 + K_BLOCK);
                for (int i = 0; i < m; i++) {
                    for (int p = p0; p < p1; p++) ai[p] = a[p][i];
                    oneRow(ai, b, c[i], p0, p1, j0, j1);
                }
            }
        }
    }
}
