package backprop.plot;

import backprop.LossHistory;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** One-line figures: {@code Plots.loss(history)} as a cell's last line shows the loss curve. */
public final class Plots {
    public static final int WIDTH = 640;
    public static final int HEIGHT = 400;

    private Plots() {}

    /** The training loss per epoch. */
    public static BufferedImage loss(LossHistory history) {
        Map<String, LossHistory> one = new LinkedHashMap<>();
        one.put("training loss", history);
        return losses("Loss per epoch", one);
    }

    /** Several loss curves on one plot, e.g. training and validation, or a few learning rates. */
    public static BufferedImage losses(String title, Map<String, LossHistory> curves) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle("epoch").yAxisTitle("loss J").build();
        style(chart);
        for (Map.Entry<String, LossHistory> e : curves.entrySet()) {
            LossHistory h = e.getValue();
            if (h.epochs() == 0) throw new IllegalArgumentException("plot: " + e.getKey() + " has no epochs");
            int bad = h.firstNonFiniteEpoch();
            if (bad > 0) {
                throw new IllegalArgumentException("plot: " + e.getKey() + ": loss is not finite from epoch " + bad);
            }
            double[] epochs = new double[h.epochs()];
            for (int i = 0; i < epochs.length; i++) epochs[i] = i + 1;
            XYSeries s = chart.addSeries(e.getKey(), epochs, h.toArray());
            s.setMarker(SeriesMarkers.NONE);
        }
        return image(chart);
    }

    /** The kit's look: white, legend inside the plot, readable on a projector. */
    static void style(XYChart chart) {
        var styler = chart.getStyler();
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setLegendPosition(Styler.LegendPosition.InsideNE);
        styler.setLegendBorderColor(Color.LIGHT_GRAY);
        styler.setMarkerSize(0);
        styler.setXAxisDecimalPattern("#");
    }

    /** Any XChart chart as an image, for figures this class does not make. */
    public static BufferedImage image(org.knowm.xchart.internal.chartpart.Chart<?, ?> chart) {
        return BitmapEncoder.getBufferedImage(chart);
    }

    // ---- notebook 00: the cost of the chain rule by paths and by backprop ------------------------

    /** Multiplications by path sum and by backprop against depth (log scale), one point per cost. */
    public static BufferedImage multiplicationsByDepth(java.util.List<backprop.PathSum.Cost> costs) {
        return multiplications(costs, "depth L (dense layers), width " + first(costs).width(), backprop.PathSum.Cost::depth);
    }

    /** Multiplications by path sum and by backprop against width (log scale), one point per cost. */
    public static BufferedImage multiplicationsByWidth(java.util.List<backprop.PathSum.Cost> costs) {
        return multiplications(costs, "width (units per layer), depth " + first(costs).depth(), backprop.PathSum.Cost::width);
    }

    private static backprop.PathSum.Cost first(java.util.List<backprop.PathSum.Cost> costs) {
        if (costs.isEmpty()) throw new IllegalArgumentException("plot: multiplications: no costs to plot");
        return costs.get(0);
    }

    private static BufferedImage multiplications(java.util.List<backprop.PathSum.Cost> costs, String xAxis,
            java.util.function.ToIntFunction<backprop.PathSum.Cost> x) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title("Multiplications for every dJ/dW")
                .xAxisTitle(xAxis).yAxisTitle("multiplications (log scale)").build();
        style(chart);
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        chart.getStyler().setMarkerSize(6);
        double[] xs = costs.stream().mapToDouble(c -> x.applyAsInt(c)).toArray();
        chart.addSeries("sum over paths", xs, costs.stream().mapToDouble(c -> c.byPaths()).toArray())
                .setMarker(SeriesMarkers.CIRCLE);
        chart.addSeries("backprop", xs, costs.stream().mapToDouble(c -> c.byBackprop()).toArray())
                .setMarker(SeriesMarkers.SQUARE);
        return image(chart);
    }

    // ---- notebooks 04 and 05: the step-size sweep, curves per epoch ---------------------------

    /**
     * The relative error of forward and centred differences against the step h, in double and in
     * float, on log-log axes. Errors of exactly 0 (round-off can cancel by luck) are drawn at 1e-17.
     */
    public static BufferedImage stepSweep(backprop.StepSweep sweep) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
                .title("Finite-difference error against the step h, f'(" + sweep.x() + ")")
                .xAxisTitle("step h").yAxisTitle("relative error").build();
        style(chart);
        chart.getStyler().setXAxisLogarithmic(true).setYAxisLogarithmic(true).setXAxisDecimalPattern("0E0")
                .setYAxisDecimalPattern("0E0").setPlotGridLinesColor(new Color(0xE8E8E8)); // a line per minor log tick: faint
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideSW);
        double[] h = sweep.rows().stream().mapToDouble(backprop.StepSweep.Row::h).toArray();
        for (backprop.StepSweep.Scheme s : backprop.StepSweep.Scheme.values()) {
            double[] err = sweep.rows().stream().mapToDouble(r -> Math.max(r.error(s), 1e-17)).toArray();
            chart.addSeries(s.label(), h, err).setMarker(SeriesMarkers.CIRCLE);
        }
        chart.getStyler().setMarkerSize(5);
        return image(chart);
    }

    /** Several curves of one quantity per epoch (epoch 1 first) on one plot, e.g. accuracy. */
    public static BufferedImage perEpoch(String title, String yAxisTitle, Map<String, double[]> curves) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle("epoch").yAxisTitle(yAxisTitle).build();
        style(chart);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideSE);
        for (Map.Entry<String, double[]> e : curves.entrySet()) {
            double[] v = e.getValue();
            if (v.length == 0) throw new IllegalArgumentException("plot: " + e.getKey() + " has no epochs");
            double[] epochs = new double[v.length];
            for (int i = 0; i < v.length; i++) epochs[i] = i + 1;
            chart.addSeries(e.getKey(), epochs, v).setMarker(SeriesMarkers.NONE);
        }
        return image(chart);
    }
}
