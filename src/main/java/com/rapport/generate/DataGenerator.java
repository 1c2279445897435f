package com.rapport.generate;

import com.rapport.registry.RegistryImporter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a complete, deterministic data folder for a physical-therapy practice: contact
 * exports (canonical, Google, Outlook, LinkedIn), interactions, referrals, events and spotlights.
 *
 * <p>The partners are cast first ({@link PartnerCast}); the first follow scripted stories a
 * reader should find in the review ({@link ScriptedStories}); the rest is a random
 * background with a few strong partners and a long tail ({@link BackgroundActivity}). Each
 * file has its writer. All draw from one random source in a fixed order, so a seed gives the
 * same folder byte for byte; a new writer goes after the others so the files before it stay
 * as they were. Rows are streamed to disk, so the size is bounded only by the disk.
 */
public final class DataGenerator {

    private final GeneratorSettings settings;
    private final SplittableRandom random;
    private final NamePool names;
    private final GeneratorDays days;

    public DataGenerator(GeneratorSettings settings) {
        this.settings = settings;
        this.random = new SplittableRandom(settings.seed());
        this.names = new NamePool(random);
        this.days = new GeneratorDays(settings, random);
    }

    /** Writes the folder and returns how many rows each file got. */
    public GeneratedCounts generate() throws IOException {
        Path out = settings.out();
        Files.createDirectories(out.resolve("contacts"));
        List<PartnerPlan> partners = new PartnerCast(settings, random, names, days).plan();
        EventCalendar events = new EventCalendar(settings);
        long eventRows = events.write(out.resolve("events.csv"), random);
        long interactionRows;
        long referralRows;
        try (CsvSink interactions = ActivityLog.interactionsFile(out);
             CsvSink referrals = ActivityLog.referralsFile(out)) {
            ActivityLog log = new ActivityLog(interactions, referrals, settings, random, names, days);
            if (PartnerCast.hasStories(settings)) {
                new ScriptedStories(settings, partners, log, days, events).play();
            }
            BackgroundActivity background = new BackgroundActivity(settings, partners, log, days, events, random);
            background.referrals();
            background.touches();
            if (partners.size() >= 2) {
                log.plantBadRows(partners.get(1));
            }
            interactionRows = log.interactionRows();
            referralRows = log.referralRows();
        }
        long spotlights = new SpotlightHistory(settings, partners).write(out.resolve("spotlights.csv"));
        new ContactExports(partners, settings.seed()).write(out.resolve("contacts"));
        new RegistryFiles(partners, settings.seed()).write(out.resolve(RegistryImporter.FOLDER));
        writeFolderExtras(out);
        return new GeneratedCounts(partners.size(), interactionRows, referralRows, eventRows, spotlights);
    }

    private void writeFolderExtras(Path out) throws IOException {
        for (String name : List.of("README.md", "rapport.properties")) {
            try (InputStream in = DataGenerator.class.getResourceAsStream("/generate/" + name)) {
                Files.copy(in, out.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
