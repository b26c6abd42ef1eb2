/**
 * Figures for notebooks, drawn with XChart straight into a {@link java.awt.image.BufferedImage}
 * (which a Java kernel shows as a PNG): never a Swing window, which can end the kernel's JVM.
 */
package backprop.plot;
