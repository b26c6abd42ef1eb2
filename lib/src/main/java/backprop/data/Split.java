package backprop.data;

/** A training part and a held-out test part of one data set. */
public record Split(Dataset train, Dataset test) {

    /**
     * Both parts standardised with the mean and standard deviation of the training part only, so
     * nothing about the test examples leaks into training.
     */
    public Split standardized() {
        Standardizer s = Standardizer.fit(train.x());
        return new Split(train.withX(s.apply(train.x())), test.withX(s.apply(test.x())));
    }

    @Override
    public String toString() {
        return "Split: " + train.size() + " training, " + test.size() + " test examples";
    }
}
