package com.rapport.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

/**
 * The rows of interactions.csv and referrals.csv: each referral or touch a story or the
 * background asks for becomes one row, with the details real logs have (a status by age, a
 * thank-you note most of the time, an inbound call now and then, a patient).
 */
final class ActivityLog {

    static final String[] SERVICES = {
        "post-surgical rehab", "low back pain", "sports injury", "neck pain", "balance and falls",
        "work injury", "pediatric", "TMJ"
    };

    private final GeneratorSettings settings;
    private final SplittableRandom random;
    private final NamePool names;
    private final GeneratorDays days;
    private final CsvSink interactions;
    private final CsvSink referrals;
    private long interactionSeq;
    private long referralSeq;

    ActivityLog(CsvSink interactions, CsvSink referrals, GeneratorSettings settings, SplittableRandom random,
                NamePool names, GeneratorDays days) {
        this.settings = settings;
        this.random = random;
        this.names = names;
        this.days = days;
        this.interactions = interactions;
        this.referrals = referrals;
    }

    static CsvSink interactionsFile(Path folder) throws IOException {
        return new CsvSink(folder.resolve("interactions.csv"),
                "interaction_id", "date", "contact", "type", "direction", "event_id", "amount", "note");
    }

    static CsvSink referralsFile(Path folder) throws IOException {
        return new CsvSink(folder.resolve("referrals.csv"),
                "referral_id", "date", "direction", "partner", "patient_id", "patient_name", "service", "status");
    }

    long interactionRows() {
        return interactions.rows();
    }

    long referralRows() {
        return referrals.rows();
    }

    /** {@code count} inbound referrals from p in the month {@code monthsBack} before the last, if generated. */
    void inbound(PartnerPlan p, int monthsBack, int count) throws IOException {
        if (monthsBack >= settings.months()) {
            return;
        }
        for (int i = 0; i < count; i++) {
            referral(p, days.dayIn(monthsBack), true);
        }
    }

    void outbound(PartnerPlan p, int monthsBack, int count) throws IOException {
        if (monthsBack >= settings.months()) {
            return;
        }
        for (int i = 0; i < count; i++) {
            referral(p, days.dayIn(monthsBack), false);
        }
    }

    void referral(PartnerPlan p, LocalDate day, boolean inbound) throws IOException {
        String id = String.format("R%07d", ++referralSeq);
        String status = inbound ? inboundStatus(day) : random.nextInt(100) < 40 ? "sent" : "accepted";
        referrals.row(id, day, inbound ? "in" : "out", reference(p), patientId(), patientName(),
                SERVICES[random.nextInt(SERVICES.length)], status);
        if (inbound) {
            thankYouFor(p, day);
        }
    }

    private void thankYouFor(PartnerPlan p, LocalDate referralDay) throws IOException {
        if (p.neverThanked && referralDay.isAfter(days.lastDay.minusDays(90))) {
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
        if (!note.isAfter(days.lastDay)) {
            touch(p, note, "thank_you_note", "");
        }
    }

    void gift(PartnerPlan p, LocalDate day, String amount) throws IOException {
        if (days.isGenerated(day)) {
            touch(p, day, "gift", amount);
        }
    }

    /** For type {@code event} the last argument is the event id, otherwise the amount. */
    void touch(PartnerPlan p, LocalDate day, String type, String eventIdOrAmount) throws IOException {
        if (!days.isGenerated(day)) {
            return;
        }
        boolean event = type.equals("event");
        boolean canBeInbound = type.equals("call") || type.equals("email") || type.equals("meeting");
        String direction = canBeInbound && random.nextInt(100) < 25 ? "inbound" : "outbound";
        interactions.row(String.format("I%07d", ++interactionSeq), day, reference(p), type, direction,
                event ? eventIdOrAmount : "", event ? "" : eventIdOrAmount, "");
    }

    /** A few rows that break the contract, so the data-quality section always has something real to show. */
    void plantBadRows(PartnerPlan p) throws IOException {
        LocalDate lastDay = days.lastDay;
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

    private String inboundStatus(LocalDate day) {
        long age = ChronoUnit.DAYS.between(day, days.lastDay);
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
}
