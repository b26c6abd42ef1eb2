/**
 * Data sets shipped with the kit (Iris, digits), read through Tablesaw with explicit column types,
 * turned into matrices whose columns are examples, split with a seed and standardised.
 */
package backprop.data;
