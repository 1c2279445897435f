package com.rapport.generate;

import com.rapport.registry.RegistryImporter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a complete, deterministic data folder for a physical-therapy practice: a
 * contact exports (canonical, Google, Outlook, LinkedIn), interactions, referrals, events and spotlights.
 *
 * <p>The first partners follow scripted stories a reader should find in the review (a
 * top referrer going dormant, partners we owe, a one-way relationship, unthanked
 * referrals, event contacts who became referrers, an introduction chain); the rest is a
 * random background with a few strong partners and a long tail. Rows are streamed to
 * disk, so the size is bounded only by the disk.
 */
public final class DataGenerator {

    private static final int STORY_PARTNERS = 17;
    private static final String[] SERVICES = {
        "post-surgical rehab", "low back pain", "sports injury", "neck pain", "balance and falls",
        "work injury", "pediatric", "TMJ"
    };
    private static final String[][] EVENT_TEMPLATES = {
        {"Chamber of Commerce breakfast", "networking"}, {"BNI chapter meeting", "networking"},
        {"Regional sports medicine symposium", "conference"}, {"Community health fair", "community"},
        {"Open house at our clinic", "hosted"}, {"Rotary Club lunch", "networking"},
        {"Lunch-and-learn for physicians", "hosted"}, {"5K charity run booth", "community"}
    };
    private static final String[] AREA_CODES = {"503", "541", "971", "458", "360", "206", "425", "253", "509", "564"};

    private final GeneratorSettings settings;
    private final SplittableRandom random;
    private final NamePool names;
    private final LocalDate firstDay;
    private final LocalDate lastDay;
    private final List<PartnerPlan> partners = new ArrayList<>();
    private final List<LocalDate> eventDates = new ArrayList<>();
    private long interactionSeq;
    private long referralSeq;
    private CsvSink interactions;
    private CsvSink referrals;

    public DataGenerator(GeneratorSettings settings) {
        this.settings = settings;
        this.random = new SplittableRandom(settings.seed());
        this.names = new NamePool(random);
        this.firstDay = settings.start().atDay(1);
        this.lastDay = settings.end().atEndOfMonth();
    }

    /** Writes the folder and returns how many rows each file got. */
    public GeneratedCounts generate() throws IOException {
        Path out = settings.out();
        Files.createDirectories(out.resolve("contacts"));
        planPartners();
        long events = writeEvents(out.resolve("events.csv"));
        try (CsvSink interactionSink = new CsvSink(out.resolve("interactions.csv"),
                "interaction_id", "date", "contact", "type", "direction", "event_id", "amount", "note");
             CsvSink referralSink = new CsvSink(out.resolve("referrals.csv"),
                "referral_id", "date", "direction", "partner", "patient_id", "patient_name", "service", "status")) {
            this.interactions = interactionSink;
            this.referrals = referralSink;
            if (hasStories()) {
                playStories();
            }
            randomReferrals();
            randomTouches();
            plantBadRows();
        }
        long spotlights = writeSpotlights(out.resolve("spotlights.csv"));
        new ContactExports(partners, settings.seed()).write(out.resolve("contacts"));
        new RegistryFiles(partners, settings.seed()).write(out.resolve(RegistryImporter.FOLDER));
        writeFolderExtras(out);
        return new GeneratedCounts(partners.size(), interactions.rows(), referrals.rows(), events, spotlights);
    }

    private boolean hasStories() {
        return settings.partners() >= STORY_PARTNERS + 3 && settings.months() >= 13;
    }

    // ---- partners -------------------------------------------------------------------

    private void planPartners() {
        int[] cumulativeShare = new int[Category.values().length];
        int total = 0;
        for (Category c : Category.values()) {
            total += c.share;
            cumulativeShare[c.ordinal()] = total;
        }
        for (int i = 0; i < settings.partners(); i++) {
            PartnerPlan p = new PartnerPlan(i);
            int draw = random.nextInt(total);
            int c = 0;
            while (cumulativeShare[c] <= draw) {
                c++;
            }
            describe(p, Category.values()[c], "", names.firstName(), names.lastName());
            background(p);
            partners.add(p);
        }
        if (hasStories()) {
            scriptStoryPartners();
        }
    }

    private void describe(PartnerPlan p, Category category, String title, String first, String last) {
        p.category = category;
        p.title = title;
        p.first = first;
        p.last = last;
        String[] orgRole = names.organisationAndRole(category, last);
        p.organisation = orgRole[0];
        p.role = orgRole[1];
        p.email = random.nextInt(100) < 15 ? "" : emailFor(first, last, p.organisation);
        p.phone = "(" + AREA_CODES[random.nextInt(AREA_CODES.length)] + ") 555-" + String.format("%04d", random.nextInt(10_000));
        p.npi = category.clinical && random.nextInt(100) < 70
                ? com.rapport.identity.Npi.withCheckDigit(String.format("1%08d", random.nextInt(100_000_000))) : "";
        p.city = names.city();
        p.postalCode = String.format("%05d", 97_000 + random.nextInt(500));
        p.networkSize = random.nextInt(100) < 25 ? Integer.toString(100 + random.nextInt(1400)) : "";
        p.updatedAt = randomDay(firstDay, lastDay);
    }

    private void background(PartnerPlan p) {
        boolean lateStarter = random.nextInt(100) < 40;
        p.since = lateStarter ? randomDay(firstDay, lastDay) : firstDay;
        boolean referrer = random.nextInt(100) < (p.category.clinical ? 70 : 35);
        p.inWeight = referrer ? Math.exp(1.1 * gaussian()) : 0;
        p.outWeight = p.category.clinical && random.nextInt(100) < 40 ? Math.exp(gaussian()) : 0;
        p.touchWeight = Math.exp(1.3 * gaussian());
        if (lateStarter && p.index > STORY_PARTNERS && random.nextInt(100) < 12) {
            p.introducedBy = partners.get(STORY_PARTNERS + random.nextInt(p.index - STORY_PARTNERS)).contactId;
        }
    }

    private void scriptStoryPartners() {
        story(0, Category.PHYSICIAN, "Dr.", "Alan", "Reyes", "Harbor Orthopedics", "Orthopedic Surgeon");
        story(1, Category.PHYSICIAN, "Dr.", "Priya", "Patel", "Bayview Family Medicine", "Family Physician");
        story(2, Category.CHIROPRACTOR, "Dr.", "Marcus", "O’Brien", "Lakeside Chiropractic", "Chiropractor");
        story(3, Category.FITNESS, "", "Dana", "Whitfield", "Peak Performance Gym", "Owner");
        story(4, Category.DENTIST, "Dr.", "José", "Müller", "Müller Family Dentistry", "Dentist");
        story(5, Category.ATTORNEY, "", "Søren", "Kjær", "Kjær & Lund Law", "Personal Injury Attorney");
        story(6, Category.EMPLOYER, "", "Nguyễn Văn", "An", "Coastal Logistics", "HR Manager");
        story(7, Category.SCHOOL, "", "Grace", "Liu", "Westbrook High School", "Athletic Trainer");
        story(8, Category.FITNESS, "", "Tom", "Becker", "Becker Personal Training", "Personal Trainer");
        story(9, Category.PHYSICIAN, "Dr.", "Sofia", "Rossi", "Summit Sports Medicine", "Sports Medicine Physician");
        story(10, Category.CHIROPRACTOR, "Dr.", "Liam", "O'Connor", "Northgate Chiropractic", "Chiropractor");
        story(11, Category.FITNESS, "", "Hannah", "Berg", "Cedar Yoga Studio", "Yoga Instructor");
        story(12, Category.PHYSICIAN, "Dr.", "Helen", "Okafor", "Riverside Internal Medicine", "Internist");
        story(13, Category.PHYSICIAN, "Dr.", "Kevin", "Brooks", "Granite Neurology Associates", "Neurologist");
        story(14, Category.FITNESS, "", "Rachel", "Kim", "Sunrise Pilates", "Studio Owner");
        story(15, Category.PHYSICIAN, "Dr.", "Ahmed", "Hassan", "Meadow Pain Clinic", "Pain Specialist");
        story(16, Category.COMMUNITY, "", "李", "小龙", "Willow Senior Center", "Program Director");
        PartnerPlan kjaer = partners.get(5);
        PartnerPlan an = partners.get(6);
        PartnerPlan liu = partners.get(7);
        an.introducedBy = kjaer.contactId;
        liu.introducedBy = an.email;
        partners.get(8).introducedBy = liu.fullName();
        partners.get(15).optOut = true;
        partners.get(16).email = "li.xiaolong@willowseniorcenter.example.com";
        partners.get(0).networkSize = "1200";
        partners.get(1).networkSize = "800";
    }

    private void story(int index, Category category, String title, String first, String last,
                       String organisation, String role) {
        PartnerPlan p = partners.get(index);
        describe(p, category, title, first, last);
        p.organisation = organisation;
        p.role = role;
        p.email = emailFor(first, last, organisation);
        p.inWeight = 0;
        p.outWeight = 0;
        p.touchWeight = 0;
        p.introducedBy = "";
        p.since = firstDay;
    }

    // ---- stories ---------------------------------------------------------------------

    private void playStories() throws IOException {
        int months = settings.months();
        PartnerPlan reyes = partners.get(0);
        for (int k = 3; k < months; k++) {
            inbound(reyes, k, 3 + k % 2);
            if (k % 3 == 0) {
                outbound(reyes, k, 1);
            }
        }
        for (int k = 0; k < months; k++) {
            touch(reyes, dayIn(k), k % 2 == 0 ? "meeting" : "call", "");
        }
        YearMonth end = settings.end();
        gift(reyes, LocalDate.of(end.getYear(), 2, 14), "180");
        gift(reyes, LocalDate.of(end.getYear(), Math.max(3, end.getMonthValue() - 1), 10), "240");

        PartnerPlan patel = partners.get(1);
        for (int k = 0; k < months; k++) {
            inbound(patel, k, 2);
            if (k % 2 == 0) {
                touch(patel, dayIn(k), "email", "");
            }
        }
        PartnerPlan obrien = partners.get(2);
        for (int k = 0; k < 12; k++) {
            inbound(obrien, k, 1);
        }
        touch(obrien, dayIn(7), "call", "");

        PartnerPlan whitfield = partners.get(3);
        String[] gives = {"co_marketing", "card_display", "invitation", "gift", "co_marketing", "invitation"};
        for (int k = 0; k < 6; k++) {
            touch(whitfield, dayIn(k), gives[k], gives[k].equals("co_marketing") ? "150" : gives[k].equals("gift") ? "40" : "");
            touch(whitfield, dayIn(k), "meeting", "");
        }

        PartnerPlan muller = partners.get(4);
        muller.since = monthStart(6);
        touch(muller, muller.since.plusDays(3), "meeting", "");
        inbound(muller, 5, 1);
        inbound(muller, 2, 2);
        inbound(muller, 1, 3);
        inbound(muller, 0, 3);
        outbound(muller, 1, 1);

        introductionChain(months);
        metAtEvent(partners.get(9), 8, new int[] {6, 5, 4, 3, 2, 1, 0}, 2);
        metAtEvent(partners.get(10), 4, new int[] {2, 0}, 1);
        metAtEvent(partners.get(11), 3, new int[0], 0);

        PartnerPlan okafor = partners.get(12);
        okafor.neverThanked = true;
        for (int k = 3; k < Math.min(months, 21); k++) {
            inbound(okafor, k, 1);
        }
        inbound(okafor, 1, 2);
        inbound(okafor, 0, 2);
        touch(okafor, dayIn(5), "meeting", "");

        PartnerPlan brooks = partners.get(13);
        for (int k = 6; k < months; k++) {
            inbound(brooks, k, 2);
        }
        for (int k = 3; k <= 5; k++) {
            inbound(brooks, k, 3);
        }
        inbound(brooks, 1, 1);
        touch(brooks, dayIn(4), "call", "");

        PartnerPlan kim = partners.get(14);
        String[] kimTouches = {"meeting", "email", "call", "event", "email", "meeting", "gift", "call", "email", "meeting"};
        for (int i = 0; i < kimTouches.length; i++) {
            int k = 13 - i - (i > 6 ? 3 : 0);
            String type = kimTouches[i];
            if (type.equals("event")) {
                LocalDate day = eventIn(k);
                touch(kim, day, "event", eventIdFor(day));
            } else {
                touch(kim, i == kimTouches.length - 1 ? lastDay.minusDays(12) : dayIn(Math.max(k, 0)), type,
                        type.equals("gift") ? "35" : "");
            }
        }
        inbound(kim, 16, 1);

        PartnerPlan hassan = partners.get(15);
        for (int k = 0; k < months; k++) {
            inbound(hassan, k, 2);
            if (k % 3 == 0) {
                gift(hassan, dayIn(k), "60");
            }
        }
        PartnerPlan li = partners.get(16);
        for (int k = 0; k < 10; k++) {
            touch(li, dayIn(k * 2), k % 2 == 0 ? "call" : "email", "");
        }
        for (int k = 0; k < 6; k++) {
            inbound(li, k, 3);
        }
    }

    private void introductionChain(int months) throws IOException {
        PartnerPlan kjaer = partners.get(5);
        for (int k = 0; k < Math.min(months, 20); k += 2) {
            inbound(kjaer, k, 1);
        }
        outbound(kjaer, 3, 1);
        PartnerPlan an = partners.get(6);
        an.since = monthStart(14);
        touch(an, an.since.plusDays(2), "meeting", "");
        for (int k = 12; k >= 0; k -= 3) {
            inbound(an, k, 1);
        }
        PartnerPlan liu = partners.get(7);
        liu.since = monthStart(10);
        touch(liu, liu.since.plusDays(4), "meeting", "");
        inbound(liu, 6, 1);
        inbound(liu, 2, 1);
        PartnerPlan becker = partners.get(8);
        becker.since = monthStart(5);
        touch(becker, becker.since.plusDays(1), "call", "");
        inbound(becker, 1, 1);
    }

    private void metAtEvent(PartnerPlan p, int monthsBack, int[] referralMonthsBack, int perMonth) throws IOException {
        LocalDate met = eventIn(monthsBack);
        p.since = met;
        touch(p, met, "event", eventIdFor(met));
        touch(p, met.plusDays(9), "email", "");
        for (int k : referralMonthsBack) {
            inbound(p, k, perMonth);
        }
    }

    // ---- random background ------------------------------------------------------------

    private void randomReferrals() throws IOException {
        long remaining = settings.referrals() - referrals.rows();
        WeightedPicker in = new WeightedPicker(partners, p -> p.inWeight);
        WeightedPicker out = new WeightedPicker(partners, p -> p.outWeight);
        for (long i = 0; i < remaining; i++) {
            boolean inbound = out.isEmpty() || (!in.isEmpty() && random.nextInt(100) < 80);
            WeightedPicker picker = inbound ? in : out;
            if (picker.isEmpty()) {
                return;
            }
            PartnerPlan p = partners.get(picker.pick(random.nextDouble()));
            referral(p, randomDay(p.since, lastDay), inbound);
        }
    }

    private void randomTouches() throws IOException {
        long remaining = settings.interactions() - interactions.rows();
        WeightedPicker picker = new WeightedPicker(partners, p -> p.touchWeight);
        String[] types = {"meeting", "call", "call", "email", "email", "email", "email", "event", "gift",
            "co_marketing", "invitation", "card_display", "referral_ask", "other", "meeting", "call"};
        for (long i = 0; i < remaining && !picker.isEmpty(); i++) {
            PartnerPlan p = partners.get(picker.pick(random.nextDouble()));
            String type = types[random.nextInt(types.length)];
            LocalDate day = randomDay(p.since, lastDay);
            if (type.equals("event")) {
                day = nextEventOnOrAfter(day);
                if (day == null) {
                    type = "email";
                    day = randomDay(p.since, lastDay);
                }
            }
            String amount = switch (type) {
                case "gift" -> random.nextInt(100) < 10 ? "" : Integer.toString(20 + random.nextInt(80));
                case "co_marketing" -> Integer.toString(100 + random.nextInt(500));
                default -> "";
            };
            touch(p, day, type, type.equals("event") ? eventIdFor(day) : amount);
        }
    }

    /** A few rows that break the contract, so the data-quality section always has something real to show. */
    private void plantBadRows() throws IOException {
        if (partners.size() < 2) {
            return;
        }
        PartnerPlan p = partners.get(1);
        interactions.row("I9000001", lastDay.getYear() + "-02-30", p.contactId, "call", "outbound", "", "", "");
        interactions.row("I9000002", lastDay.minusDays(20), p.contactId, "fax", "outbound", "", "", "");
        interactions.row("I9000004", lastDay.minusDays(19), p.contactId, "call", "outbound", "", "", "");
        interactions.row("I9000004", lastDay.minusDays(19), p.contactId, "call", "outbound", "", "", "");
        interactions.row("I9000003", lastDay.minusDays(18), "Dr. Nobody Known", "call", "outbound", "", "", "");
        referrals.row("R9000001", lastDay.minusDays(15), "sideways", p.contactId, patientId(), patientName(),
                SERVICES[0], "received");
        referrals.row("R9000002", lastDay.minusDays(14), "in", "front.desk@unknown-clinic.example.com",
                patientId(), patientName(), SERVICES[1], "received");
    }

    // ---- row writers -------------------------------------------------------------------

    private void inbound(PartnerPlan p, int monthsBack, int count) throws IOException {
        if (monthsBack >= settings.months()) {
            return;
        }
        for (int i = 0; i < count; i++) {
            referral(p, dayIn(monthsBack), true);
        }
    }

    private void outbound(PartnerPlan p, int monthsBack, int count) throws IOException {
        if (monthsBack >= settings.months()) {
            return;
        }
        for (int i = 0; i < count; i++) {
            referral(p, dayIn(monthsBack), false);
        }
    }

    private void referral(PartnerPlan p, LocalDate day, boolean inbound) throws IOException {
        String id = String.format("R%07d", ++referralSeq);
        String status = inbound ? inboundStatus(day) : random.nextInt(100) < 40 ? "sent" : "accepted";
        referrals.row(id, day, inbound ? "in" : "out", reference(p), patientId(), patientName(),
                SERVICES[random.nextInt(SERVICES.length)], status);
        if (inbound) {
            thankYouFor(p, day);
        }
    }

    private void thankYouFor(PartnerPlan p, LocalDate referralDay) throws IOException {
        if (p.neverThanked && referralDay.isAfter(lastDay.minusDays(90))) {
            return;
        }
        int draw = random.nextInt(100);
        LocalDate note;
        if (draw < 78) {
            note = referralDay.plusDays(random.nextInt(8));
        } else if (draw < 86) {
            note = referralDay.plusDays(8 + random.nextInt(20));
        } else {
            return;
        }
        if (!note.isAfter(lastDay)) {
            touch(p, note, "thank_you_note", "");
        }
    }

    private void gift(PartnerPlan p, LocalDate day, String amount) throws IOException {
        if (!day.isBefore(firstDay) && !day.isAfter(lastDay)) {
            touch(p, day, "gift", amount);
        }
    }

    /** For type {@code event} the last argument is the event id, otherwise the amount. */
    private void touch(PartnerPlan p, LocalDate day, String type, String eventIdOrAmount) throws IOException {
        if (day.isBefore(firstDay) || day.isAfter(lastDay)) {
            return;
        }
        boolean event = type.equals("event");
        boolean canBeInbound = type.equals("call") || type.equals("email") || type.equals("meeting");
        String direction = canBeInbound && random.nextInt(100) < 25 ? "inbound" : "outbound";
        interactions.row(String.format("I%07d", ++interactionSeq), day, reference(p), type, direction,
                event ? eventIdOrAmount : "", event ? "" : eventIdOrAmount, "");
    }

    private String inboundStatus(LocalDate day) {
        long age = ChronoUnit.DAYS.between(day, lastDay);
        int draw = random.nextInt(100);
        if (age < 14) {
            return draw < 60 ? "received" : "scheduled";
        }
        if (age < 45) {
            return draw < 30 ? "scheduled" : draw < 90 ? "seen" : draw < 95 ? "declined" : "lost";
        }
        return draw < 78 ? "seen" : draw < 86 ? "declined" : draw < 95 ? "lost" : "scheduled";
    }

    /** Mostly the contact id, sometimes the e-mail or the name, as real activity logs do. */
    private String reference(PartnerPlan p) {
        int draw = random.nextInt(100);
        if (draw < 6 && !p.email.isEmpty()) {
            return p.email;
        }
        return p.contactId;
    }

    private String patientId() {
        return String.format("PT%06d", random.nextInt(1_000_000));
    }

    private String patientName() {
        return names.firstName() + " " + names.lastName();
    }

    // ---- events, spotlights, contacts --------------------------------------------------

    private long writeEvents(Path file) throws IOException {
        try (CsvSink sink = new CsvSink(file, "event_id", "date", "name", "kind")) {
            int seq = 0;
            for (YearMonth m = settings.start(); !m.isAfter(settings.end()); m = m.plusMonths(1)) {
                for (int half = 0; half < 2; half++) {
                    LocalDate day = m.atDay(half == 0 ? 6 + random.nextInt(5) : 18 + random.nextInt(7));
                    String[] template = EVENT_TEMPLATES[random.nextInt(EVENT_TEMPLATES.length)];
                    eventDates.add(day);
                    sink.row(String.format("E%04d", ++seq), day, template[0], template[1]);
                }
            }
            return sink.rows();
        }
    }

    private String eventIdFor(LocalDate day) {
        return String.format("E%04d", eventDates.indexOf(day) + 1);
    }

    private LocalDate eventIn(int monthsBack) {
        YearMonth m = settings.end().minusMonths(monthsBack);
        return eventDates.stream().filter(d -> YearMonth.from(d).equals(m)).findFirst().orElseThrow();
    }

    private LocalDate nextEventOnOrAfter(LocalDate day) {
        return eventDates.stream().filter(d -> !d.isBefore(day)).findFirst().orElse(null);
    }

    private long writeSpotlights(Path file) throws IOException {
        try (CsvSink sink = new CsvSink(file, "month", "partner")) {
            List<PartnerPlan> pool = partners.stream()
                    .filter(p -> p.index >= STORY_PARTNERS && p.inWeight > 0.5).toList();
            if (pool.isEmpty()) {
                return 0;
            }
            int span = Math.min(settings.months(), 18);
            for (int k = span - 1; k >= 0; k--) {
                PartnerPlan p = pool.get((int) Math.floorMod(settings.seed() + 7L * k, pool.size()));
                if (k == 0) {
                    p = pool.stream().filter(q -> q.category == Category.FITNESS).findFirst().orElse(p);
                }
                sink.row(settings.end().minusMonths(k).toString(), k % 4 == 1 && !p.email.isEmpty() ? p.email : p.contactId);
            }
            return sink.rows();
        }
    }

    private void writeFolderExtras(Path out) throws IOException {
        for (String name : List.of("README.md", "rapport.properties")) {
            try (InputStream in = DataGenerator.class.getResourceAsStream("/generate/" + name)) {
                Files.copy(in, out.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    // ---- small helpers -------------------------------------------------------------------

    private LocalDate monthStart(int monthsBack) {
        return settings.end().minusMonths(monthsBack).atDay(1);
    }

    private LocalDate dayIn(int monthsBack) {
        YearMonth m = settings.end().minusMonths(monthsBack);
        return m.atDay(1 + random.nextInt(m.lengthOfMonth()));
    }

    private LocalDate randomDay(LocalDate from, LocalDate to) {
        long span = ChronoUnit.DAYS.between(from, to);
        return span <= 0 ? from : from.plusDays(random.nextLong(span + 1));
    }

    private double gaussian() {
        // Box-Muller: SplittableRandom has no nextGaussian on Java 17.
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    private static String emailFor(String first, String last, String organisation) {
        String domain = ascii(organisation).replaceAll("[^a-z0-9]+", "") + ".example.com";
        return ascii(first).replaceAll("[^a-z]+", "") + "." + ascii(last).replaceAll("[^a-z]+", "") + "@" + domain;
    }

    private static String ascii(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace("ø", "o").replace("Ø", "O").toLowerCase(Locale.ROOT);
    }

    /** Picks an index with probability proportional to a weight, by binary search over cumulative weights. */
    private static final class WeightedPicker {
        private final double[] cumulative;
        private final int[] indexes;

        WeightedPicker(List<PartnerPlan> partners, java.util.function.ToDoubleFunction<PartnerPlan> weight) {
            double[] sums = new double[partners.size()];
            int[] idx = new int[partners.size()];
            int n = 0;
            double total = 0;
            for (PartnerPlan p : partners) {
                double w = weight.applyAsDouble(p);
                if (w > 0) {
                    total += w;
                    sums[n] = total;
                    idx[n++] = p.index;
                }
            }
            this.cumulative = Arrays.copyOf(sums, n);
            this.indexes = Arrays.copyOf(idx, n);
        }

        boolean isEmpty() {
            return indexes.length == 0;
        }

        int pick(double unit) {
            double target = unit * cumulative[cumulative.length - 1];
            int at = Arrays.binarySearch(cumulative, target);
            return indexes[Math.min(at >= 0 ? at : -at - 1, indexes.length - 1)];
        }
    }
}
