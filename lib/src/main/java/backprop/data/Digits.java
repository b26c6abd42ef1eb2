package backprop.data;

import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;

/**
 * Handwritten digits (Alpaydin and Kaynak, 1998): 1797 images of 8×8 pixels with intensities 0..16,
 * row by row, and the digit 0..9. Shipped with the kit (see {@code backprop/data/README.md}).
 */
public final class Digits {
    private Digits() {}

    /** The raw table: pixel_0 … pixel_63 (integer), digit (integer). */
    public static Table table() {
        ColumnType[] types = new ColumnType[65];
        java.util.Arrays.fill(types, ColumnType.INTEGER);
        return Csv.resource("digits.csv", types);
    }

    /** X (64×1797) scaled to [0, 1], one-hot Y (10×1797); classes "0" … "9". */
    public static Dataset load() {
        Dataset raw = Dataset.fromTable(table(), "digit");
        return raw.withX(raw.x().times(1.0 / 16));
    }
}
