package com.rapport.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Labels of thin flow bands are spread a line apart instead of printed over each other. */
class ReferralFlowDiagramTest {

    @Test
    void labelsFarApartStayBesideTheirBars() {
        assertThat(ReferralFlowDiagram.spread(List.of(20.0, 50.0, 80.0), 10, 0, 100)).containsExactly(20, 50, 80);
    }

    @Test
    void crowdedLabelsArePushedDownALineApart() {
        // the 10M review's right side: dentist, employer and fitness bands 2-3 points apart
        assertThat(ReferralFlowDiagram.spread(List.of(40.0, 42.0, 45.0, 70.0), 10, 0, 100))
                .containsExactly(40, 50, 60, 70);
    }

    @Test
    void crowdedLabelsAtTheBottomArePushedUpInsideThePlot() {
        assertThat(ReferralFlowDiagram.spread(List.of(95.0, 97.0, 99.0), 10, 0, 100)).containsExactly(80, 90, 100);
    }

    @Test
    void thePracticeIsNamedUnderTheLowestBandNotUnderTheCentreBar() {
        // the sample: ten categories referred to us, nine gaps of 5 points, so the therapist band ends
        // 45 points below the centre bar it flows into
        assertThat(ReferralFlowDiagram.practiceLabelLine(300, 345, 280)).isEqualTo(357);
        assertThat(ReferralFlowDiagram.practiceLabelLine(300, 290, 280)).isEqualTo(312);
    }
}
