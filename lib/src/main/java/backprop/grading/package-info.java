/**
 * Checks that grade exercise cells: they throw on their own (JUnit 5 assertions, never Java's
 * {@code assert}), and when a result is wrong they compare it with a catalogue of known wrong
 * variants and name the mistake it matches.
 */
package backprop.grading;
