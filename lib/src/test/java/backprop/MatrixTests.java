package backprop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MatrixTests {
    private final Matrix a = Matrix.of(new double[] {1, 2, 3}, new double[] {4, 5, 6});   // (2x3)
    private final Matrix b = Matrix.of(new double[] {7, 8}, new double[] {9, 10}, new double[] {11, 12}); // (3x2)

    @Test
    void matmulMultipliesRowsByColumns() {
        assertEquals(Matrix.of(new double[] {58, 64}, new double[] {139, 154}), a.matmul(b));
    }

    @Test
    void matmulNamesBothShapesWhenInnerDimensionsDiffer() {
        Matrix x = Matrix.zeros(3, 4);
        Matrix y = Matrix.zeros(5, 2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> x.matmul(y));
        assertEquals("matmul: (3x4)·(5x2): inner dimensions 4 ≠ 5", e.getMessage());
    }

    @Test
    void entrywiseOperationsNameTheOperationAndBothShapes() {
        assertEquals("plus: (2x3) + (3x2): shapes differ",
                assertThrows(IllegalArgumentException.class, () -> a.plus(b)).getMessage());
        assertEquals("minus: (2x3) − (3x2): shapes differ",
                assertThrows(IllegalArgumentException.class, () -> a.minus(b)).getMessage());
        assertEquals("hadamard: (2x3) ⊙ (3x2): shapes differ",
                assertThrows(IllegalArgumentException.class, () -> a.hadamard(b)).getMessage());
        assertEquals("plusColumn: (2x3) + (3x1): expected a (2x1) column",
                assertThrows(IllegalArgumentException.class, () -> a.plusColumn(Matrix.zeros(3, 1))).getMessage());
        assertEquals("subtractScaledInPlace: (2x3) − (3x2): shapes differ",
                assertThrows(IllegalArgumentException.class, () -> a.copy().subtractScaledInPlace(1, b)).getMessage());
    }

    @Test
    void valueOperationsLeaveTheirArgumentsAlone() {
        Matrix before = a.copy();
        a.plus(a);
        a.times(3);
        a.transpose();
        a.hadamard(a);
        assertEquals(before, a);
    }

    @Test
    void entrywiseOperations() {
        assertEquals(Matrix.of(new double[] {2, 4, 6}, new double[] {8, 10, 12}), a.plus(a));
        assertEquals(Matrix.zeros(2, 3), a.minus(a));
        assertEquals(Matrix.of(new double[] {1, 4, 9}, new double[] {16, 25, 36}), a.hadamard(a));
        assertEquals(Matrix.of(new double[] {-2, -4, -6}, new double[] {-8, -10, -12}), a.times(-2));
        assertEquals(Matrix.of(new double[] {1, 4, 9}, new double[] {16, 25, 36}), a.map(v -> v * v));
    }

    @Test
    void transposeSwapsRowsAndColumns() {
        Matrix t = a.transpose();
        assertEquals("3x2", t.shape());
        assertEquals(6, t.get(2, 1));
        assertEquals(a, t.transpose());
    }

    @Test
    void sumsAlongRowsAndColumns() {
        assertEquals(Matrix.column(6, 15), a.rowSums());
        assertEquals(Matrix.row(5, 7, 9), a.colSums());
        assertEquals(21, a.sum());
    }

    @Test
    void plusColumnAddsTheBiasToEveryExample() {
        assertEquals(Matrix.of(new double[] {11, 12, 13}, new double[] {24, 25, 26}), a.plusColumn(Matrix.column(10, 20)));
    }

    @Test
    void argmaxPerColumnTakesTheFirstOfTies() {
        Matrix m = Matrix.of(new double[] {1, 9, 5}, new double[] {3, 2, 5});
        assertArrayEquals(new int[] {1, 0, 0}, m.argmaxPerColumn());
    }

    @Test
    void subtractScaledInPlaceMutatesOnlyThis() {
        Matrix w = a.copy();
        Matrix g = Matrix.filled(2, 3, 1);
        Matrix same = w.subtractScaledInPlace(0.5, g);
        assertTrue(same == w);
        assertEquals(Matrix.of(new double[] {0.5, 1.5, 2.5}, new double[] {3.5, 4.5, 5.5}), w);
        assertEquals(Matrix.filled(2, 3, 1), g);
    }

    @Test
    void zeroSizeMatricesWork() {
        Matrix empty = Matrix.zeros(0, 3);
        assertEquals("0x3", empty.shape());
        assertEquals("3x0", empty.transpose().shape());
        assertEquals(Matrix.zeros(2, 0), Matrix.zeros(2, 3).matmul(Matrix.zeros(3, 0)));
        assertEquals(Matrix.zeros(2, 2), Matrix.zeros(2, 0).matmul(Matrix.zeros(0, 2)));
        assertEquals(0, empty.sum());
        assertEquals(Matrix.zeros(0, 1), empty.rowSums());
    }

    @Test
    void columnsSelectExamplesInOrder() {
        assertEquals(Matrix.of(new double[] {3, 1}, new double[] {6, 4}), a.columns(new int[] {2, 0}));
        assertEquals("columns: column 3 of (2x3)",
                assertThrows(IndexOutOfBoundsException.class, () -> a.columns(new int[] {3})).getMessage());
    }

    @Test
    void requireFiniteNamesTheEntry() {
        Matrix m = Matrix.of(new double[] {1, Double.NaN});
        assertEquals("softmax: (1x2) has NaN at (0, 1)",
                assertThrows(ArithmeticException.class, () -> m.requireFinite("softmax")).getMessage());
    }

    @Test
    void gaussianIsSeeded() {
        assertEquals(Matrix.gaussian(3, 4, 1, new Random(7)), Matrix.gaussian(3, 4, 1, new Random(7)));
    }

    @Test
    void toStringShowsTheShapeFirstAndElidesTheMiddle() {
        assertEquals("Matrix (2x3)\n[[         1,          2,          3]\n [         4,          5,          6]]", a.toString());
        String big = Matrix.filled(20, 30, 0.123456).toString();
        assertTrue(big.startsWith("Matrix (20x30)\n"), big);
        assertEquals(1 + 9, big.split("\n").length, big);             // shape line, 4 + ... + 4 rows
        assertTrue(big.contains("    0.1235, ...,     0.1235"), big);          // 4 significant digits, columns elided
    }
}
