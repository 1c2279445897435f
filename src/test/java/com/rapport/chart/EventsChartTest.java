package com.rapport.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;

/**
 * Three bars per event: most events bring no new contact, and their two "0" labels stacked at
 * the axis under each other crowded every row of the Connect page. A zero bar is left unlabelled.
 */
class EventsChartTest {

    @Test
    void onlyBarsWithAValueAreLabelled() {
        CategoryPlot plot = EventsChart.create(List.of(
                Map.of("date", "2026-10-08", "name", "Regional sports medicine symposium", "contacts_met", 12,
                        "new_contacts", 0, "converted", 0),
                Map.of("date", "2026-07-22", "name", "Rotary Club lunch", "contacts_met", 4,
                        "new_contacts", 1, "converted", 1)), "12 months to 2026-10").getCategoryPlot();
        CategoryDataset data = plot.getDataset();
        CategoryItemLabelGenerator labels = plot.getRenderer().getDefaultItemLabelGenerator();
        assertThat(List.of(labels.generateLabel(data, 0, 0), labels.generateLabel(data, 1, 1),
                labels.generateLabel(data, 2, 1))).containsExactly("12", "1", "1");
        assertThat(labels.generateLabel(data, 1, 0)).isNull();
        assertThat(labels.generateLabel(data, 2, 0)).isNull();
    }
}
