package backprop;

import java.util.List;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Counts of (true class, predicted class) pairs: row i, column j is how often class i was predicted as j. */
public final class ConfusionMatrix {
    private final List<String> classes;
    private final int[][] counts; // counts[true][predicted]

    private ConfusionMatrix(List<String> classes, int[][] counts) {
        this.classes = classes;
        this.counts = counts;
    }

    /** From the true labels and the predicted ones, each in 0..C−1 with C = classes.size(). */
    public static ConfusionMatrix of(int[] actual, int[] predicted, List<String> classes) {
        if (actual.length != predicted.length) {
            throw new IllegalArgumentException("ConfusionMatrix: " + actual.length + " true labels but "
                    + predicted.length + " predictions");
        }
        int c = classes.size();
        int[][] counts = new int[c][c];
        for (int n = 0; n < actual.length; n++) {
            if (actual[n] < 0 || actual[n] >= c || predicted[n] < 0 || predicted[n] >= c) {
                throw new IllegalArgumentException("ConfusionMatrix: example " + n + " has true class " + actual[n]
                        + " and predicted class " + predicted[n] + ", outside 0.." + (c - 1));
            }
            counts[actual[n]][predicted[n]]++;
        }
        return new ConfusionMatrix(List.copyOf(classes), counts);
    }

    /** How many examples of class {@code actual} were predicted as {@code predicted}. */
    public int count(int actual, int predicted) {
        return counts[actual][predicted];
    }

    public int total() {
        int t = 0;
        for (int[] row : counts) for (int v : row) t += v;
        return t;
    }

    /** The fraction on the diagonal. */
    public double accuracy() {
        int right = 0;
        for (int i = 0; i < counts.length; i++) right += counts[i][i];
        return total() == 0 ? 0 : (double) right / total();
    }

    /** A Tablesaw table: a column "true \ predicted" naming the true class, then one column per predicted class. */
    public Table table() {
        Table t = Table.create("confusion matrix (rows: true class, columns: predicted)",
                StringColumn.create("true \\ predicted"));
        for (String name : classes) t.addColumns(IntColumn.create(name));
        for (int i = 0; i < counts.length; i++) {
            t.stringColumn(0).append(classes.get(i));
            for (int j = 0; j < counts.length; j++) t.intColumn(1 + j).append(counts[i][j]);
        }
        return t;
    }

    @Override
    public String toString() {
        return table().printAll();
    }
}
