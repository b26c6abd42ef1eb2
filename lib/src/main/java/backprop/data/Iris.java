package backprop.data;

import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;

/**
 * Fisher's Iris data (1936): 150 flowers, 4 measurements in cm, 3 species. Shipped with the kit
 * (see {@code backprop/data/README.md} for its origin and licence).
 */
public final class Iris {
    private Iris() {}

    /** The raw table: sepal_length, sepal_width, petal_length, petal_width (double), species (string). */
    public static Table table() {
        ColumnType[] types = new ColumnType[5];
        java.util.Arrays.fill(types, 0, 4, ColumnType.DOUBLE);
        types[4] = ColumnType.STRING;
        return Csv.resource("iris.csv", types);
    }

    /** X (4×150), one-hot Y (3×150); classes setosa, versicolor, virginica. */
    public static Dataset load() {
        return Dataset.fromTable(table(), "species");
    }

}
