package backprop.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import backprop.Matrix;
import java.util.Arrays;
import java.util.List;
import tech.tablesaw.api.ColumnType;
import org.junit.jupiter.api.Test;

class DataTests {
    static final ColumnType[] TYPES = {ColumnType.DOUBLE, ColumnType.DOUBLE, ColumnType.STRING};

    @Test
    void irisHas150ExamplesAsColumns() {
        Dataset iris = Iris.load();
        assertEquals("4x150", iris.x().shape());
        assertEquals("3x150", iris.y().shape());
        assertEquals(List.of("setosa", "versicolor", "virginica"), iris.classes());
        assertEquals(List.of("sepal_length", "sepal_width", "petal_length", "petal_width"), iris.features());
        assertEquals(5.1, iris.x().get(0, 0));       // the first flower's sepal length
        assertEquals(Matrix.column(1, 0, 0), iris.y().columnAt(0));
        assertEquals(ColumnType.DOUBLE, Iris.table().column("petal_width").type());
    }

    @Test
    void theSplitIsSeededAndStratified() {
        Split a = Iris.load().split(0.2, 42);
        Split b = Iris.load().split(0.2, 42);
        assertEquals(120, a.train().size());
        assertEquals(30, a.test().size());
        assertArrayEquals(a.test().labels(), b.test().labels());
        assertEquals(a.test().x(), b.test().x());
        int[] perClass = new int[3];
        for (int label : a.test().labels()) perClass[label]++;
        assertArrayEquals(new int[] {10, 10, 10}, perClass);
    }

    @Test
    void standardisationIsFittedOnTheTrainingPartOnly() {
        Split s = Iris.load().split(0.2, 42).standardized();
        Matrix trainMean = s.train().x().rowSums().times(1.0 / s.train().size());
        for (int d = 0; d < 4; d++) assertEquals(0, trainMean.get(d, 0), 1e-12);
        Matrix testMean = s.test().x().rowSums().times(1.0 / s.test().size());
        assertEquals(true, Arrays.stream(testMean.toVector()).anyMatch(m -> Math.abs(m) > 1e-3)); // not refitted
    }

    @Test
    void digitsAreScaledTo01() {
        Dataset digits = Digits.load();
        assertEquals("64x1797", digits.x().shape());
        assertEquals(10, digits.classes().size());
        assertEquals("0", digits.classes().get(0));
        assertEquals(1.0, digits.x().maxAbs());
    }

    @Test
    void aMissingCellIsNamedByRowAndColumn() {
        String csv = "a,b,label\n1,2,x\n3,,y\n";
        assertEquals("t.csv: row 2, column b: missing value",
                assertThrows(IllegalArgumentException.class, () -> Csv.read("t.csv", csv, TYPES)).getMessage());
    }

    @Test
    void aNonNumericCellIsNamedByRowAndColumn() {
        String csv = "a,b,label\n1,2,x\n3,4,y\noops,6,z\n";
        assertEquals("t.csv: row 3, column a: \"oops\" is not a finite number",
                assertThrows(IllegalArgumentException.class, () -> Csv.read("t.csv", csv, TYPES)).getMessage());
    }

    @Test
    void aWellFormedCsvGetsItsTypes() {
        var t = Csv.read("t.csv", "a,b,label\n1,2.5,x\n3,4,y\n", TYPES);
        assertEquals(2, t.rowCount());
        assertEquals(2.5, t.doubleColumn("b").get(0));
    }

    @Test
    void oneHotRefusesALabelOutOfRange() {
        assertEquals("encode: label 3 of example 1 is outside 0..2",
                assertThrows(IllegalArgumentException.class, () -> OneHot.encode(new int[] {0, 3}, 3)).getMessage());
    }

    @Test
    void theSpiralIsSeededWithKArmsOfEqualSize() {
        Dataset a = Spiral.generate(50, 3, 0.2, 1);
        assertEquals("2x150", a.x().shape());
        assertEquals("3x150", a.y().shape());
        assertEquals(List.of("0", "1", "2"), a.classes());
        assertEquals(List.of("x1", "x2"), a.features());
        int[] perClass = new int[3];
        for (int label : a.labels()) perClass[label]++;
        assertArrayEquals(new int[] {50, 50, 50}, perClass);
        assertEquals(a.x(), Spiral.generate(50, 3, 0.2, 1).x());
        assertEquals(false, a.x().equals(Spiral.generate(50, 3, 0.2, 2).x()));
        for (int n = 0; n < 150; n++) { // point n of an arm has radius n / 49
            double r = Math.hypot(a.x().get(0, n), a.x().get(1, n));
            assertEquals((n % 50) / 49.0, r, 1e-12);
        }
        // without noise, arm k's last point (r = 1) sits at angle 4k + 4
        Dataset exact = Spiral.generate(5, 2, 0, 9);
        assertEquals(Math.sin(8), exact.x().get(0, 9), 1e-12);
        assertEquals(Math.cos(8), exact.x().get(1, 9), 1e-12);
    }

    @Test
    void badSpiralArgumentsAreNamed() {
        assertEquals("generate: need at least 2 points per class and 2 classes and noise ≥ 0, got 10 per class, 1 classes, "
                + "noise 0.1", assertThrows(IllegalArgumentException.class, () -> Spiral.generate(10, 1, 0.1, 0)).getMessage());
    }

    @Test
    void binaryTargetsAreOneRow() {
        assertEquals(Matrix.row(0, 1, 1), OneHot.binary(new int[] {0, 1, 1}));
        assertEquals("binary: label 2 of example 1 is not 0 or 1",
                assertThrows(IllegalArgumentException.class, () -> OneHot.binary(new int[] {0, 2})).getMessage());
    }
}
