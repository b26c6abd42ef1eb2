package backprop.grading;

import backprop.Matrix;

/** The seed network's parameter gradients, as a student's backward pass returns them. */
public record Gradients(Matrix dW1, Matrix db1, Matrix dW2, Matrix db2) {}
