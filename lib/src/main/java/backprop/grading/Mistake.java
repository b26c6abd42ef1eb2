package backprop.grading;

import backprop.Matrix;

/**
 * A known wrong variant of a quantity: what a student who made {@code description} would compute.
 *
 * @param description the mistake, completing "your result matches …", e.g. "the expected gradient transposed"
 * @param value what that mistake produces for the same inputs
 */
public record Mistake(String description, Matrix value) {}
