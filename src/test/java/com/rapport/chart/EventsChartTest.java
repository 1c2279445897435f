package com.rapport.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.LayeredBarRenderer;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;

/**
 * Three thin bars side by side per event put their labels on top of each other ("1" on "1",
 * or two "0" at the axis) on most rows of the Connect page. The three counts are nested (new
 * contacts are among those met, referrers among the new), so they are drawn nested in one bar,
 * and one label at its end says all three.
 */
class EventsChartTest {

    private static final List<Map<String, Object>> EVENTS = List.of(
            Map.of("date", "2026-10-08", "name", "Regional sports medicine symposium", "contacts_met", 12,
                    "new_contacts", 0, "converted", 0),
            Map.of("date", "2026-07-09", "name", "BNI chapter meeting", "contacts_met", 10,
                    "new_contacts", 1, "converted", 0),
            Map.of("date", "2026-07-22", "name", "Rotary Club lunch", "contacts_met", 4,
                    "new_contacts", 1, "converted", 1));

    @Test
    void oneLabelPerEventSaysAllThreeCounts() {
        CategoryPlot plot = EventsChart.create(EVENTS, "12 months to 2026-10").getCategoryPlot();
        CategoryDataset data = plot.getDataset();
        CategoryItemLabelGenerator labels = plot.getRenderer().getDefaultItemLabelGenerator();
        assertThat(List.of(labels.generateLabel(data, 0, 0), labels.generateLabel(data, 0, 1),
                labels.generateLabel(data, 0, 2))).containsExactly("12", "10 · 1 new", "4 · 1 new, 1 referred");
        for (int column = 0; column < 3; column++) {
            assertThat(labels.generateLabel(data, 1, column)).isNull();
            assertThat(labels.generateLabel(data, 2, column)).isNull();
        }
    }

    @Test
    void theNewAndTheReferredAreDrawnInsideTheMet() {
        LayeredBarRenderer renderer = (LayeredBarRenderer) EventsChart.create(EVENTS, "12 months to 2026-10")
                .getCategoryPlot().getRenderer();
        assertThat(renderer.getSeriesBarWidth(0)).isGreaterThan(renderer.getSeriesBarWidth(1));
        assertThat(renderer.getSeriesBarWidth(1)).isGreaterThan(renderer.getSeriesBarWidth(2));
    }

    /**
     * The longest label after the longest bar, "40 · 12 new, 9 referred", drawn at the review's
     * width: no dark ink in the last points of the plot, where the plot's clip cut the label when
     * a fixed margin left too little room for it.
     */
    @Test
    void theLongestLabelFitsInsideThePlot() {
        List<Map<String, Object>> large = List.of(
                Map.of("date", "2026-03-10", "name", "Regional sports medicine symposium", "contacts_met", 40,
                        "new_contacts", 12, "converted", 9),
                Map.of("date", "2026-04-01", "name", "BNI chapter meeting", "contacts_met", 5,
                        "new_contacts", 1, "converted", 0));
        // the review's chart width in points, at two pixels a point
        BufferedImage image = new BufferedImage(2 * 470, 2 * 160, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        g2.setColor(Color.WHITE);
        g2.fillRect(0, 0, image.getWidth(), image.getHeight());
        g2.scale(2, 2);
        ChartRenderingInfo info = new ChartRenderingInfo();
        EventsChart.create(large, "12 months to 2026-10").draw(g2, new Rectangle2D.Double(0, 0, 470, 160), info);
        g2.dispose();
        Rectangle2D plot = info.getPlotInfo().getDataArea();
        int right = (int) (2 * plot.getMaxX());
        for (int x = right - 6; x < right; x++) {
            for (int y = (int) (2 * plot.getMinY()); y < (int) (2 * plot.getMaxY()); y++) {
                Color pixel = new Color(image.getRGB(x, y));
                assertThat(pixel.getRed() + pixel.getGreen() + pixel.getBlue()).as("ink at %d,%d", x, y)
                        .isGreaterThan(3 * 150);
            }
        }
    }
}
