package backprop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class ConfusionMatrixTests {
    final ConfusionMatrix cm = ConfusionMatrix.of(new int[] {0, 0, 1, 1, 1, 2}, new int[] {0, 1, 1, 1, 2, 2},
            List.of("a", "b", "c"));

    @Test
    void rowsAreTrueClassesColumnsPredicted() {
        assertEquals(1, cm.count(0, 0));
        assertEquals(1, cm.count(0, 1));
        assertEquals(0, cm.count(1, 0));
        assertEquals(2, cm.count(1, 1));
        assertEquals(1, cm.count(1, 2));
        assertEquals(6, cm.total());
        assertEquals(4.0 / 6, cm.accuracy(), 1e-15);
    }

    @Test
    void asATablesawTable() {
        Table t = cm.table();
        assertEquals(List.of("true \\ predicted", "a", "b", "c"), t.columnNames());
        assertEquals("b", t.stringColumn(0).get(1));
        assertEquals(1, t.intColumn("c").get(1)); // one b predicted as c
        assertEquals(3, t.rowCount());
    }

    @Test
    void badLabelsAreNamed() {
        assertEquals("ConfusionMatrix: 2 true labels but 1 predictions", assertThrows(IllegalArgumentException.class,
                () -> ConfusionMatrix.of(new int[] {0, 1}, new int[] {0}, List.of("a", "b"))).getMessage());
        assertEquals("ConfusionMatrix: example 1 has true class 1 and predicted class 2, outside 0..1",
                assertThrows(IllegalArgumentException.class,
                        () -> ConfusionMatrix.of(new int[] {0, 1}, new int[] {0, 2}, List.of("a", "b"))).getMessage());
    }
}
