package backprop.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.io.csv.CsvReadOptions;

/** Reads a CSV with a header row into a Tablesaw table with the column types given, refusing bad cells. */
public final class Csv {
    private Csv() {}

    /** Reads a file. */
    public static Table read(Path file, ColumnType... types) {
        try {
            return read(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8), types);
        } catch (IOException e) {
            throw new UncheckedIOException("read: cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads a resource of the kit, e.g. {@code "iris.csv"} for {@code backprop/data/iris.csv}. */
    public static Table resource(String name, ColumnType... types) {
        try (InputStream in = Csv.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalArgumentException("resource: no data file " + name + " in the kit");
            return read(name, new String(in.readAllBytes(), StandardCharsets.UTF_8), types);
        } catch (IOException e) {
            throw new UncheckedIOException("resource: cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * Parses CSV text named {@code name} (for messages). A missing cell or one that is not of its
     * column's type fails with the data row (from 1, after the header) and the column's name.
     */
    public static Table read(String name, String text, ColumnType... types) {
        String[] lines = text.split("\r?\n");
        String[] header = lines.length == 0 ? new String[0] : lines[0].split(",", -1);
        if (header.length != types.length) {
            throw new IllegalArgumentException(name + ": the header has " + header.length + " columns, "
                    + types.length + " types were given");
        }
        for (int r = 1; r < lines.length; r++) {
            if (lines[r].isEmpty()) continue;
            String[] cells = lines[r].split(",", -1);
            if (cells.length != header.length) {
                throw new IllegalArgumentException(name + ": row " + r + " has " + cells.length + " cells, the header has "
                        + header.length);
            }
            for (int c = 0; c < cells.length; c++) checkCell(name, r, header[c], cells[c].trim(), types[c]);
        }
        Table t = Table.read().usingOptions(CsvReadOptions.builderFromString(text).tableName(name).columnTypes(types));
        for (Column<?> col : t.columns()) {
            if (col.countMissing() > 0) {
                throw new IllegalArgumentException(name + ": column " + col.name() + " has a missing value");
            }
        }
        return t;
    }

    private static void checkCell(String name, int row, String column, String cell, ColumnType type) {
        if (cell.isEmpty()) {
            throw new IllegalArgumentException(name + ": row " + row + ", column " + column + ": missing value");
        }
        if (type == ColumnType.DOUBLE || type == ColumnType.INTEGER) {
            try {
                double v = type == ColumnType.INTEGER ? Integer.parseInt(cell) : Double.parseDouble(cell);
                if (!Double.isFinite(v)) throw new NumberFormatException();
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + ": row " + row + ", column " + column + ": \"" + cell
                        + "\" is not " + (type == ColumnType.INTEGER ? "an integer" : "a finite number"));
            }
        }
    }
}
