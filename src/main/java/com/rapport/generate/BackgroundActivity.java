package com.rapport.generate;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Everything the stories leave of the asked-for row counts: referrals and touches drawn
 * by each partner's weights, on random days since the partner appeared.
 */
final class BackgroundActivity {

    private final GeneratorSettings settings;
    private final List<PartnerPlan> partners;
    private final ActivityLog log;
    private final GeneratorDays days;
    private final EventCalendar events;
    private final SplittableRandom random;

    BackgroundActivity(GeneratorSettings settings, List<PartnerPlan> partners, ActivityLog log, GeneratorDays days,
                       EventCalendar events, SplittableRandom random) {
        this.settings = settings;
        this.partners = partners;
        this.log = log;
        this.days = days;
        this.events = events;
        this.random = random;
    }

    void referrals() throws IOException {
        long remaining = settings.referrals() - log.referralRows();
        WeightedPicker in = new WeightedPicker(partners, p -> p.inWeight);
        WeightedPicker out = new WeightedPicker(partners, p -> p.outWeight);
        for (long i = 0; i < remaining; i++) {
            boolean inbound = out.isEmpty() || (!in.isEmpty() && random.nextInt(100) < 80);
            WeightedPicker picker = inbound ? in : out;
            if (picker.isEmpty()) {
                return;
            }
            PartnerPlan p = partners.get(picker.pick(random.nextDouble()));
            log.referral(p, days.randomDay(p.since, days.lastDay), inbound);
        }
    }

    void touches() throws IOException {
        long remaining = settings.interactions() - log.interactionRows();
        WeightedPicker picker = new WeightedPicker(partners, p -> p.touchWeight);
        String[] types = {"meeting", "call", "call", "email", "email", "email", "email", "event", "gift",
            "co_marketing", "invitation", "card_display", "referral_ask", "other", "meeting", "call"};
        for (long i = 0; i < remaining && !picker.isEmpty(); i++) {
            PartnerPlan p = partners.get(picker.pick(random.nextDouble()));
            String type = types[random.nextInt(types.length)];
            LocalDate day = days.randomDay(p.since, days.lastDay);
            if (type.equals("event")) {
                day = events.nextEventOnOrAfter(day);
                if (day == null) {
                    type = "email";
                    day = days.randomDay(p.since, days.lastDay);
                }
            }
            String amount = switch (type) {
                case "gift" -> random.nextInt(100) < 10 ? "" : Integer.toString(20 + random.nextInt(80));
                case "co_marketing" -> Integer.toString(100 + random.nextInt(500));
                default -> "";
            };
            log.touch(p, day, type, type.equals("event") ? events.eventIdFor(day) : amount);
        }
    }
}
