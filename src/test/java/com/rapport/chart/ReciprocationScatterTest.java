package com.rapport.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.List;
import java.util.Map;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.junit.jupiter.api.Test;

/**
 * The partners we owe most are named on the scatter, a name too close to a bigger one left
 * out, each on a paper ground: at scale the dots crowd the axis where the names stand.
 */
class ReciprocationScatterTest {

    @Test
    void theBiggestOwedSendersAreNamedOnAPaperGround() {
        List<Map<String, Object>> rows = List.of(
                Map.of("name", "Ann Owed", "in_12m", 40, "giveback_12m", 0, "gap", "owed"),
                Map.of("name", "Bo Nearby", "in_12m", 39, "giveback_12m", 1, "gap", "owed"),
                Map.of("name", "Cy Owed", "in_12m", 20, "giveback_12m", 0, "gap", "owed"),
                Map.of("name", "Di Even", "in_12m", 10, "giveback_12m", 10, "gap", "balanced"));
        List<XYTextAnnotation> labels = ReciprocationScatter.create(rows, "12 months to 2026-10").getXYPlot()
                .getAnnotations().stream().filter(XYTextAnnotation.class::isInstance)
                .map(XYTextAnnotation.class::cast).toList();
        assertThat(labels).extracting(XYTextAnnotation::getText).containsExactly("Ann Owed", "Cy Owed");
        assertThat(labels).allSatisfy(label -> {
            Color ground = (Color) label.getBackgroundPaint();
            assertThat(ground).isNotNull();
            assertThat(List.of(ground.getRed(), ground.getGreen(), ground.getBlue())).containsExactly(255, 255, 255);
            assertThat(ground.getAlpha()).isGreaterThan(200);
        });
    }
}
