package backprop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The fast matmul kernel against the naive triple loop, on random shapes and on the awkward ones. */
class KernelsTests {
    private final Random random = new Random(6);

    /**
     * Awkward shapes (m, k, n): empty, vectors, either side of the narrow path (n < 4), and sizes just
     * off the unroll (4) and the blocks (128, 512).
     */
    private static final int[][] AWKWARD = {
        {0, 0, 0}, {0, 5, 3}, {4, 0, 3}, {4, 5, 0}, {1, 1, 1}, {1, 7, 1}, {1, 9, 13}, {13, 9, 1}, {9, 1, 13},
        {3, 5, 7}, {2, 129, 3}, {7, 130, 4}, {100, 787, 1}, {5, 127, 513}, {3, 131, 1025}, {17, 257, 6},
        {130, 129, 131},
    };

    @Test
    void fastKernelAgreesWithTheNaiveLoopOnAwkwardShapes() {
        for (int[] s : AWKWARD) assertAgrees(s[0], s[1], s[2]);
    }

    @Test
    void fastKernelAgreesWithTheNaiveLoopOnRandomShapes() {
        for (int t = 0; t < 40; t++) assertAgrees(random.nextInt(70), random.nextInt(300), random.nextInt(600));
    }

    @Test
    void threadsChangeNoBit() {
        int m = 67, k = 131, n = 259; // m·k·n above PARALLEL_MIN, m odd: the row split is uneven
        assertTrue((long) m * k * n >= Kernels.PARALLEL_MIN);
        double[][] a = random(m, k), b = random(k, n);
        double[][] threaded = new double[m][n];
        double[][] single = new double[m][n];
        Kernels.multiply(a, b, threaded, m, k, n);
        Kernels.multiplyRows(a, b, single, k, n, 0, m);
        for (int i = 0; i < m; i++) assertArrayEquals(single[i], threaded[i], "row " + i);
    }

    @Test
    void threadsOfALargeProductDoNotKeepAJvmAlive() {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        Matrix.gaussian(256, 256, 1, random).matmul(Matrix.gaussian(256, 256, 1, random)); // large: uses threads
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (!before.contains(t)) assertTrue(t.isDaemon(), t.getName() + " is not a daemon");
        }
    }

    @Test
    void matmulOfEmptyMatricesHasTheRightShape() {
        assertEquals(Matrix.zeros(0, 2), Matrix.zeros(0, 3).matmul(Matrix.zeros(3, 2)));
        assertEquals(Matrix.zeros(2, 3), Matrix.filled(2, 0, 1).matmul(Matrix.zeros(0, 3))); // an empty sum is 0
    }

    @Test
    void transposeInTilesMovesEveryEntry() {
        Matrix m = Matrix.gaussian(33, 70, 1, random); // not a multiple of the 32×32 tile either way
        Matrix t = m.transpose();
        assertEquals("70x33", t.shape());
        for (int i = 0; i < 33; i++) {
            for (int j = 0; j < 70; j++) assertEquals(m.get(i, j), t.get(j, i));
        }
    }

    @Test
    void transposeAKernelEqualsTheProductOfTheTransposeBitForBit() {
        for (int[] s : AWKWARD) assertTransposeAEqual(s[0], s[1], s[2]);
        for (int t = 0; t < 40; t++) assertTransposeAEqual(random.nextInt(70), random.nextInt(300), random.nextInt(600));
        assertTransposeAEqual(67, 131, 259); // threaded: materialises the transpose
    }

    @Test
    void transposeMatmulNamesBothShapesWhenTheyDisagree() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Matrix.zeros(3, 4).transposeMatmul(Matrix.zeros(4, 2)));
        assertEquals("transposeMatmul: (3x4)ᵀ·(4x2): inner dimensions 3 ≠ 4", e.getMessage());
    }

    // Aᵀ·B read in place against the materialised transpose through the fast kernel, and against the naive loop.
    private void assertTransposeAEqual(int m, int k, int n) {
        double[][] a = random(k, m), b = random(k, n);
        double[][] at = Matrix.of(a).transpose().toArray();
        if (k == 0) at = new double[m][0]; // of() of no rows has no columns to transpose into rows
        double[][] expected = new double[m][n];
        double[][] inPlace = new double[m][n];
        Kernels.multiply(at, b, expected, m, k, n);
        Kernels.multiplyTransposeA(a, b, inPlace, m, k, n);
        for (int i = 0; i < m; i++) assertArrayEquals(expected[i], inPlace[i], "(" + m + "x" + k + ")·(" + k + "x" + n + ") row " + i);
        double[][] naive = new double[m][n];
        Kernels.multiplyNaive(at, b, naive, m, k, n);
        assertWithinRounding(at, b, naive, inPlace, m, k, n);
    }

    // Fast and naive differ only in rounding: at most a few ulps of Σ |a||b| per entry.
    private void assertAgrees(int m, int k, int n) {
        double[][] a = random(m, k), b = random(k, n);
        double[][] naive = new double[m][n];
        double[][] fast = new double[m][n];
        Kernels.multiplyNaive(a, b, naive, m, k, n);
        Kernels.multiply(a, b, fast, m, k, n);
        assertWithinRounding(a, b, naive, fast, m, k, n);
    }

    private static void assertWithinRounding(double[][] a, double[][] b, double[][] naive, double[][] fast, int m, int k, int n) {
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double scale = 0;
                for (int p = 0; p < k; p++) scale += Math.abs(a[i][p] * b[p][j]);
                double tolerance = 1e-15 * (k + 1) * scale;
                double diff = Math.abs(fast[i][j] - naive[i][j]);
                if (!(diff <= tolerance)) {
                    throw new AssertionError("(" + m + "x" + k + ")·(" + k + "x" + n + ") at (" + i + ", " + j + "): fast "
                            + fast[i][j] + ", naive " + naive[i][j]);
                }
            }
        }
    }

    private double[][] random(int rows, int cols) {
        double[][] x = new double[rows][cols];
        for (double[] row : x) {
            for (int j = 0; j < cols; j++) row[j] = random.nextGaussian();
        }
        return x;
    }
}
