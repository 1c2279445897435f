package com.rapport.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The models one number needs are found from the names the queries read. */
class ModelCatalogueTest {

    private final ModelCatalogue catalogue = ModelCatalogue.load();

    @Test
    void theSummaryNeedsItsInputsInOrderAndNothingElse() {
        List<String> needed = catalogue.neededFor("summary_kpis").stream().map(ModelDefinition::name).toList();
        // summary_kpis reads referral_flow_monthly, reciprocation_summary, int_partner_stage and
        // follow_up; they read the scoped views and the intermediates below them.
        assertThat(needed).containsSubsequence("scoped_referrals", "int_partner_stage", "referral_flow_monthly",
                "reciprocation", "reciprocation_summary", "follow_up", "summary_kpis");
        assertThat(needed.get(needed.size() - 1)).isEqualTo("summary_kpis");
        // the kept resolved activity is read as it is, never rebuilt from its query of rows it lacks
        assertThat(needed).doesNotContain("resolved_referrals", "resolved_interactions");
        assertThat(needed).doesNotContain("int_partner_trends", "referral_flow_by_partner",
                "referral_flow_by_category", "referral_concentration", "touch_funnel", "relationship_milestones");
    }

    @Test
    void aModelWithoutInputsFromOtherModelsNeedsOnlyItself() {
        assertThat(catalogue.neededFor("scoped_events")).extracting(ModelDefinition::name).containsExactly("scoped_events");
    }

    /** kpi_history is filled after the catalogue's run, so the run must not build what reads it. */
    @Test
    void theModelsThatReadKpiHistoryAreLeftOutOfTheRun() {
        assertThat(catalogue.models()).extracting(ModelDefinition::name).doesNotContain("summary_kpi_changes");
        assertThat(catalogue.history()).extracting(ModelDefinition::name).containsExactly("summary_kpi_changes");
        assertThat(catalogue.neededFor("summary_kpi_changes")).extracting(ModelDefinition::name)
                .containsExactly("summary_kpi_changes");
    }

    @Test
    void anUnknownNameIsAMistake() {
        assertThatThrownBy(() -> catalogue.neededFor("no_such_model")).isInstanceOf(IllegalArgumentException.class);
    }

    /** docs/README.md promises a reader that each model's first line names the page that says what it means. */
    @Test
    void everyModelsFirstLineNamesItsPageInDocs() throws IOException {
        Pattern page = Pattern.compile("(docs/[a-z-]+\\.md)");
        List<String> without = new ArrayList<>();
        for (ModelDefinition model : catalogue.all()) {
            try (InputStream in = ModelCatalogueTest.class.getResourceAsStream(model.resource())) {
                String first = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().findFirst().orElse("");
                Matcher named = page.matcher(first);
                if (!named.find() || !Files.isRegularFile(Path.of(named.group(1)))) {
                    without.add(model.path() + ": " + first);
                }
            }
        }
        assertThat(without).isEmpty();
    }
}
