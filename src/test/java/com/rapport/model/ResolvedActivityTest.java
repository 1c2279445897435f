package com.rapport.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.rapport.ingest.DataFolderImporter;
import com.rapport.ingest.FieldType;
import com.rapport.ingest.FileImporter;
import com.rapport.ingest.ImportListener;
import com.rapport.core.ColumnMappings;
import com.rapport.testing.ImportFixture;
import com.rapport.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Statement;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The resolved activity keeps the contract's words and the partner ids as ENUMs: they must
 * hold exactly what the importer lets through, and sort as the text did, or the models'
 * orderings, minima and maxima would change.
 */
class ResolvedActivityTest {

    @TempDir
    Path folder;
    private ModelFixture fixture;
    private ModelFixture.Built built;

    @BeforeEach
    void build() throws Exception {
        fixture = new ModelFixture(folder);
        built = fixture
                // ids whose text order differs from the order they are listed and numbered in
                .partner("b", "Bea Bond", "physician")
                .partner("A10", "Al Ten", "dentist")
                .partner("A9", "Al Nine", "dentist")
                .partner("Z", "Zoe Zed", "other")
                .referral("r1,2026-10-01,in,A9,p1,seen")
                .referral("r2,2026-10-02,OUT,b,p2,sent")
                .referral("r3,2026-10-03,in,Nobody Known,p3,")
                .interaction("i1,2026-10-01,A10,gift,outbound,,20")
                .interaction("i2,2026-10-02,Z,Call,INBOUND,,")
                .interaction("i3,2026-10-03,b,meeting,,,")
                .build(YearMonth.of(2026, 10));
    }

    @AfterEach
    void close() {
        built.close();
    }

    /** The kept models (models/1-identity/): every imported row, its reference resolved to a partner or none. */
    @Test
    void eachActivityRowCarriesThePartnerItsReferenceResolvedTo() {
        assertThat(built.rows("select date, partner_id, type, direction, coalesce(event_id, '-'), "
                + "coalesce(amount::varchar, '-') from resolved_interactions order by date"))
                .containsExactly("2026-10-01,A10,gift,outbound,-,20.0", "2026-10-02,Z,call,inbound,-,-",
                        "2026-10-03,b,meeting,outbound,-,-");
        assertThat(built.rows("select referral_id, date, direction, coalesce(partner_id, 'none'), "
                + "coalesce(status, 'none') from resolved_referrals order by referral_id"))
                .containsExactly("r1,2026-10-01,in,A9,seen", "r2,2026-10-02,out,b,sent", "r3,2026-10-03,in,none,none");
        assertThat(built.rows("select kind, resolved_through from resolved_progress order by kind"))
                .containsExactly("interactions,3", "referrals,3");
    }

    @Test
    void theWordsAreTheImportersInTextOrder() {
        assertThat(range("resolved_interactions", "type")).isEqualTo(words(FieldType.INTERACTION_TYPE));
        assertThat(range("resolved_interactions", "direction")).isEqualTo(words(FieldType.INTERACTION_DIRECTION));
        assertThat(range("resolved_referrals", "direction")).isEqualTo(words(FieldType.REFERRAL_DIRECTION));
        assertThat(range("resolved_referrals", "status")).isEqualTo(words(FieldType.REFERRAL_STATUS));
    }

    @Test
    void partnerIdsAreThePartnerListInTextOrder() {
        assertThat(range("resolved_interactions", "partner_id")).isEqualTo("A10,A9,Z,b");
        assertThat(built.rows("select partner_id, type, direction from resolved_interactions order by partner_id"))
                .containsExactly("A10,gift,outbound", "Z,call,inbound", "b,meeting,outbound");
        assertThat(built.rows("select coalesce(partner_id, 'none'), direction, coalesce(status, 'none') "
                + "from resolved_referrals order by partner_id nulls last"))
                .containsExactly("A9,in,seen", "b,out,sent", "none,in,none");
    }

    @Test
    void aDatabaseOfAnEarlierRapportIsResolvedAgainWhenActivityIsAppended() throws Exception {
        built.close();
        try (Database earlier = fixture.open();
             Statement statement = earlier.connection().createStatement()) {
            // the shape Rapport wrote before: text columns, no partner ENUM
            statement.execute("create table text_interactions as select date, partner_id::varchar as partner_id, "
                    + "type::varchar as type, direction::varchar as direction, event_id, amount "
                    + "from resolved_interactions");
            statement.execute("create table text_referrals as select referral_id, date, "
                    + "direction::varchar as direction, partner_id::varchar as partner_id, status::varchar as status, "
                    + "service from resolved_referrals");
            statement.execute("drop table resolved_interactions");
            statement.execute("drop table resolved_referrals");
            statement.execute("drop type partner_key");
            statement.execute("alter table text_interactions rename to resolved_interactions");
            statement.execute("alter table text_referrals rename to resolved_referrals");
        }
        Files.writeString(folder.resolve("data/interactions.csv"), "i4,2026-10-04,A9,email,,,\n",
                StandardOpenOption.APPEND);
        fixture.importAgain(YearMonth.of(2026, 10));

        built = new ModelFixture.Built(fixture.open());
        assertThat(range("resolved_interactions", "partner_id")).isEqualTo("A10,A9,Z,b");
        assertThat(built.rows("select partner_id, type from resolved_interactions order by partner_id"))
                .containsExactly("A10,gift", "A9,email", "Z,call", "b,meeting");
    }

    /** docs/promises.md 1: the next run completes the work of a run stopped between an import and the rebuild. */
    @Test
    void activityImportedByARunStoppedBeforeTheRebuildIsResolvedByTheNextRun() throws Exception {
        built.close();
        Files.writeString(folder.resolve("data/interactions.csv"), "i4,2026-10-04,A9,email,,,\n",
                StandardOpenOption.APPEND);
        // The stopped run: its imports committed, the partner step never ran.
        try (ImportFixture stopped = new ImportFixture(folder, fixture.database().getFileName().toString(),
                ColumnMappings.none(), true)) {
            new DataFolderImporter(stopped.importer, ImportListener.SILENT).importFolder(folder.resolve("data"));
        }
        fixture.importAgain(YearMonth.of(2026, 10));

        built = new ModelFixture.Built(fixture.open());
        assertThat(built.rows("select partner_id, type from resolved_interactions order by partner_id"))
                .containsExactly("A10,gift", "A9,email", "Z,call", "b,meeting");
    }

    /** A new event or spotlight names no activity row: the resolved activity is kept, not rebuilt. */
    @Test
    void aNewEventLeavesTheResolvedActivityAsItIs() throws Exception {
        built.close();
        try (Database database = fixture.open(); Statement statement = database.connection().createStatement()) {
            // a row no import makes: it stays only if the table is not rebuilt
            statement.execute("insert into resolved_interactions (date, type) values (date '1999-01-01', 'other')");
        }
        // New exports, their columns in another order: read whole, not as appended rows.
        Files.writeString(folder.resolve("data/events.csv"), "name,kind,date,event_id\n"
                + "Open house,networking,2026-10-20,e9\n");
        Files.writeString(folder.resolve("data/spotlights.csv"), "partner,month\nZoe Zed,2026-11\n");
        fixture.importAgain(YearMonth.of(2026, 10));

        built = new ModelFixture.Built(fixture.open());
        assertThat(built.rows("select count(*) from resolved_interactions where date = date '1999-01-01'"))
                .containsExactly("1");
        assertThat(built.rows("select partner_id from reference_map where reference = 'Zoe Zed'")).containsExactly("Z");
        assertThat(built.rows("select count(*) from changes_to_resolve")).containsExactly("0");
    }

    private String range(String table, String column) {
        return built.rows("select array_to_string(enum_range(any_value(" + column + ")), ',') from " + table).get(0);
    }

    private static String words(FieldType type) {
        return String.join(",", type.allowedWords().stream().sorted().toList());
    }
}
