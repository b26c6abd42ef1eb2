package backprop.data;

import backprop.Matrix;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Labelled examples as the network sees them: X (D×N) with one column per example, the one-hot
 * targets Y (C×N), and the class index of each example.
 */
public record Dataset(Matrix x, Matrix y, int[] labels, List<String> classes, List<String> features) {

    public Dataset {
        if (x.cols() != labels.length || y.cols() != labels.length || y.rows() != classes.size()) {
            throw new IllegalArgumentException("Dataset: X (" + x.shape() + "), Y (" + y.shape() + "), "
                    + labels.length + " labels and " + classes.size() + " classes do not fit together");
        }
        labels = labels.clone();
        classes = List.copyOf(classes);
        features = List.copyOf(features);
    }

    /**
     * The numeric columns of {@code table} as features and {@code labelColumn} as the class. Classes
     * are sorted (numerically when every label is an integer), so class k means the same on every run.
     */
    public static Dataset fromTable(Table table, String labelColumn) {
        Column<?> label = table.column(labelColumn);
        List<String> names = new ArrayList<>();
        for (Column<?> c : table.columns()) {
            if (c != label && c instanceof NumericColumn<?>) names.add(c.name());
        }
        List<String> raw = new ArrayList<>();
        for (int r = 0; r < table.rowCount(); r++) raw.add(label.getString(r));
        boolean integers = raw.stream().allMatch(s -> s.matches("-?\\d+"));
        TreeSet<String> sorted = integers
                ? new TreeSet<>((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b)))
                : new TreeSet<>();
        sorted.addAll(raw);
        List<String> classes = List.copyOf(sorted);
        int n = table.rowCount();
        Matrix x = Matrix.zeros(names.size(), n);
        for (int d = 0; d < names.size(); d++) {
            NumericColumn<?> col = table.numberColumn(names.get(d));
            for (int i = 0; i < n; i++) x.set(d, i, col.getDouble(i));
        }
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) labels[i] = classes.indexOf(raw.get(i));
        return new Dataset(x, OneHot.encode(labels, classes.size()), labels, classes, names);
    }

    /** N, the number of examples. */
    public int size() {
        return labels.length;
    }

    @Override
    public int[] labels() {
        return labels.clone();
    }

    /** The examples at {@code indices}, in that order. */
    public Dataset select(int[] indices) {
        int[] l = new int[indices.length];
        for (int k = 0; k < indices.length; k++) l[k] = labels[indices[k]];
        return new Dataset(x.columns(indices), y.columns(indices), l, classes, features);
    }

    /** The same examples with X replaced, e.g. standardised. */
    public Dataset withX(Matrix newX) {
        return new Dataset(newX, y, labels, classes, features);
    }

    /**
     * A train/test split with {@code testFraction} of each class held out, chosen by
     * {@code new Random(seed)}: stratified, so a small test set still has every class.
     */
    public Split split(double testFraction, long seed) {
        if (!(testFraction > 0 && testFraction < 1)) {
            throw new IllegalArgumentException("split: test fraction must be in (0, 1), got " + testFraction);
        }
        Random random = new Random(seed);
        List<Integer> train = new ArrayList<>();
        List<Integer> test = new ArrayList<>();
        for (int c = 0; c < classes.size(); c++) {
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < labels.length; i++) if (labels[i] == c) members.add(i);
            java.util.Collections.shuffle(members, random);
            int held = (int) Math.round(testFraction * members.size());
            test.addAll(members.subList(0, held));
            train.addAll(members.subList(held, members.size()));
        }
        java.util.Collections.shuffle(train, random);
        java.util.Collections.shuffle(test, random);
        return new Split(select(toArray(train)), select(toArray(test)));
    }

    private static int[] toArray(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    @Override
    public String toString() {
        return "Dataset: " + size() + " examples, " + features.size() + " features, classes " + classes;
    }
}
