package backprop.plot;

import backprop.Matrix;
import backprop.Network;
import backprop.data.Dataset;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.util.List;

/** Pictures that are not charts, drawn with Java2D into images: decision regions and digits. */
public final class Images {
    /** One colour per class (Tableau 10), the same in every figure: class k is always PALETTE[k % 10]. */
    public static final Color[] PALETTE = {
        new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728), new Color(0x9467bd),
        new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f), new Color(0xbcbd22), new Color(0x17becf)};

    static final int PLOT = 400;   // side of the square plot area, in pixels
    static final int CELL = 2;     // the network is evaluated once per CELL×CELL block of pixels
    private static final int LEFT = 60, TOP = 40, RIGHT = 110, BOTTOM = 50;
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    private Images() {}

    /**
     * The class the network predicts at every point of the plane around the data (light colours),
     * with the data's points drawn over it in their true class's colour. The data must have D = 2.
     */
    public static BufferedImage decisionBoundary(String title, Network network, Dataset data) {
        Matrix x = data.x();
        if (x.rows() != 2) {
            throw new IllegalArgumentException("decisionBoundary: needs 2-D inputs to draw the plane, got X (" + x.shape() + ")");
        }
        double[] lo = new double[2], hi = new double[2];
        for (int d = 0; d < 2; d++) {
            lo[d] = Double.POSITIVE_INFINITY;
            hi[d] = Double.NEGATIVE_INFINITY;
            for (int n = 0; n < x.cols(); n++) {
                lo[d] = Math.min(lo[d], x.get(d, n));
                hi[d] = Math.max(hi[d], x.get(d, n));
            }
            double margin = 0.1 * Math.max(hi[d] - lo[d], 1e-9);
            lo[d] -= margin;
            hi[d] += margin;
        }
        BufferedImage img = canvas(LEFT + PLOT + RIGHT, TOP + PLOT + BOTTOM);
        Graphics2D g = graphics(img);
        int cells = PLOT / CELL;
        for (int r = 0; r < cells; r++) { // one forward pass per row of the grid: (2×cells) → classes
            Matrix grid = Matrix.zeros(2, cells);
            double x2 = hi[1] - (r + 0.5) / cells * (hi[1] - lo[1]);
            for (int c = 0; c < cells; c++) {
                grid.set(0, c, lo[0] + (c + 0.5) / cells * (hi[0] - lo[0]));
                grid.set(1, c, x2);
            }
            int[] predicted = network.predict(grid);
            for (int c = 0; c < cells; c++) {
                g.setColor(light(PALETTE[predicted[c] % PALETTE.length]));
                g.fillRect(LEFT + c * CELL, TOP + r * CELL, CELL, CELL);
            }
        }
        int[] labels = data.labels();
        g.setStroke(new BasicStroke(0.8f));
        for (int n = 0; n < x.cols(); n++) {
            double px = LEFT + (x.get(0, n) - lo[0]) / (hi[0] - lo[0]) * PLOT;
            double py = TOP + (hi[1] - x.get(1, n)) / (hi[1] - lo[1]) * PLOT;
            Ellipse2D dot = new Ellipse2D.Double(px - 3.5, py - 3.5, 7, 7);
            g.setColor(PALETTE[labels[n] % PALETTE.length]);
            g.fill(dot);
            g.setColor(Color.DARK_GRAY);
            g.draw(dot);
        }
        g.setColor(Color.GRAY);
        g.drawRect(LEFT, TOP, PLOT, PLOT);
        axes(g, lo, hi, data.features());
        legend(g, data.classes());
        title(g, title, img.getWidth());
        g.dispose();
        return img;
    }

    /**
     * Square grayscale images, one per column of X (side² × k, intensities in [0, 1], row by row, ink
     * dark), upscaled so a pixel is visible, each above its caption, e.g. "true 3 / predicted 8".
     */
    public static BufferedImage digits(String title, Matrix x, List<String> captions) {
        int side = (int) Math.round(Math.sqrt(x.rows()));
        if (side * side != x.rows() || x.cols() == 0) {
            throw new IllegalArgumentException("digits: X (" + x.shape() + ") needs side² rows (64 for 8×8) and "
                    + "at least one column");
        }
        if (captions.size() != x.cols()) {
            throw new IllegalArgumentException("digits: " + x.cols() + " images but " + captions.size() + " captions");
        }
        int scale = Math.max(1, 64 / side), tile = 130, perRow = Math.min(5, x.cols());
        int rows = (x.cols() + perRow - 1) / perRow;
        int height = side * scale + 30;
        BufferedImage img = canvas(perRow * tile + 20, TOP + rows * height + 10);
        Graphics2D g = graphics(img);
        g.setFont(LABEL);
        FontMetrics fm = g.getFontMetrics();
        for (int k = 0; k < x.cols(); k++) {
            int ox = 10 + (k % perRow) * tile + (tile - side * scale) / 2;
            int oy = TOP + (k / perRow) * height;
            for (int i = 0; i < side; i++) {
                for (int j = 0; j < side; j++) {
                    double v = Math.max(0, Math.min(1, x.get(i * side + j, k)));
                    int gray = (int) Math.round(255 * (1 - v));
                    g.setColor(new Color(gray, gray, gray));
                    g.fillRect(ox + j * scale, oy + i * scale, scale, scale);
                }
            }
            g.setColor(Color.LIGHT_GRAY);
            g.drawRect(ox, oy, side * scale, side * scale);
            g.setColor(Color.BLACK);
            String caption = captions.get(k);
            g.drawString(caption, 10 + (k % perRow) * tile + (tile - fm.stringWidth(caption)) / 2,
                    oy + side * scale + fm.getAscent() + 4);
        }
        title(g, title, img.getWidth());
        g.dispose();
        return img;
    }

    private static BufferedImage canvas(int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return img;
    }

    private static Graphics2D graphics(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        return g;
    }

    private static Color light(Color c) { // 30% of the colour on white: the region, under the darker points
        return new Color(255 - (int) (0.3 * (255 - c.getRed())), 255 - (int) (0.3 * (255 - c.getGreen())),
                255 - (int) (0.3 * (255 - c.getBlue())));
    }

    private static void title(Graphics2D g, String title, int width) {
        g.setFont(TITLE);
        g.setColor(Color.BLACK);
        g.drawString(title, (width - g.getFontMetrics().stringWidth(title)) / 2, 25);
    }

    private static void axes(Graphics2D g, double[] lo, double[] hi, List<String> features) {
        g.setFont(LABEL);
        FontMetrics fm = g.getFontMetrics();
        g.setColor(Color.BLACK);
        for (int t = 0; t <= 4; t++) {
            String vx = String.format("%.2f", lo[0] + t / 4.0 * (hi[0] - lo[0]));
            int px = LEFT + t * PLOT / 4;
            g.drawLine(px, TOP + PLOT, px, TOP + PLOT + 4);
            g.drawString(vx, px - fm.stringWidth(vx) / 2, TOP + PLOT + 6 + fm.getAscent());
            String vy = String.format("%.2f", hi[1] - t / 4.0 * (hi[1] - lo[1]));
            int py = TOP + t * PLOT / 4;
            g.drawLine(LEFT - 4, py, LEFT, py);
            g.drawString(vy, LEFT - 6 - fm.stringWidth(vy), py + fm.getAscent() / 2 - 1);
        }
        String xName = features.size() > 0 ? features.get(0) : "x1";
        String yName = features.size() > 1 ? features.get(1) : "x2";
        g.drawString(xName, LEFT + (PLOT - fm.stringWidth(xName)) / 2, TOP + PLOT + 40);
        AffineTransform saved = g.getTransform();
        g.rotate(-Math.PI / 2);
        g.drawString(yName, -(TOP + (PLOT + fm.stringWidth(yName)) / 2), LEFT - 42);
        g.setTransform(saved);
    }

    private static void legend(Graphics2D g, List<String> classes) {
        g.setFont(LABEL);
        int x = LEFT + PLOT + 15, y = TOP + 5;
        g.setColor(Color.BLACK);
        g.drawString("class", x, y + 10);
        for (int k = 0; k < classes.size(); k++) {
            int row = y + 20 + 18 * k;
            g.setColor(PALETTE[k % PALETTE.length]);
            g.fillOval(x, row, 10, 10);
            g.setColor(Color.BLACK);
            g.drawString(classes.get(k), x + 16, row + 10);
        }
    }
}
