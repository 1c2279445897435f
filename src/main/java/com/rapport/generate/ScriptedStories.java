package com.rapport.generate;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The stories a reader should find in the review, played by the first partners (cast in
 * {@link PartnerCast}): a top referrer going dormant (Reyes), a steady one (Patel), one we
 * owe (O’Brien), a one-way relationship (Whitfield), a new partner ramping up (Müller), an
 * introduction chain (Kjær, An, Liu, Becker), event contacts who became referrers (Rossi,
 * O'Connor; Berg did not), referrals nobody thanked (Okafor), a declining referrer (Brooks),
 * ten touches and one referral (Kim), gifts to a physician who opted out of the spotlight
 * (Hassan), and a name written in Chinese (李小龙).
 */
final class ScriptedStories {

    private final GeneratorSettings settings;
    private final List<PartnerPlan> partners;
    private final ActivityLog log;
    private final GeneratorDays days;
    private final EventCalendar events;

    ScriptedStories(GeneratorSettings settings, List<PartnerPlan> partners, ActivityLog log, GeneratorDays days,
                    EventCalendar events) {
        this.settings = settings;
        this.partners = partners;
        this.log = log;
        this.days = days;
        this.events = events;
    }

    void play() throws IOException {
        int months = settings.months();
        PartnerPlan reyes = partners.get(0);
        for (int k = 3; k < months; k++) {
            log.inbound(reyes, k, 3 + k % 2);
            if (k % 3 == 0) {
                log.outbound(reyes, k, 1);
            }
        }
        for (int k = 0; k < months; k++) {
            log.touch(reyes, days.dayIn(k), k % 2 == 0 ? "meeting" : "call", "");
        }
        YearMonth end = settings.end();
        log.gift(reyes, LocalDate.of(end.getYear(), 2, 14), "180");
        log.gift(reyes, LocalDate.of(end.getYear(), Math.max(3, end.getMonthValue() - 1), 10), "240");

        PartnerPlan patel = partners.get(1);
        for (int k = 0; k < months; k++) {
            log.inbound(patel, k, 2);
            if (k % 2 == 0) {
                log.touch(patel, days.dayIn(k), "email", "");
            }
        }
        PartnerPlan obrien = partners.get(2);
        for (int k = 0; k < 12; k++) {
            log.inbound(obrien, k, 1);
        }
        log.touch(obrien, days.dayIn(7), "call", "");

        PartnerPlan whitfield = partners.get(3);
        String[] gives = {"co_marketing", "card_display", "invitation", "gift", "co_marketing", "invitation"};
        for (int k = 0; k < 6; k++) {
            log.touch(whitfield, days.dayIn(k), gives[k], gives[k].equals("co_marketing") ? "150" : gives[k].equals("gift") ? "40" : "");
            log.touch(whitfield, days.dayIn(k), "meeting", "");
        }

        PartnerPlan muller = partners.get(4);
        muller.since = days.monthStart(6);
        log.touch(muller, muller.since.plusDays(3), "meeting", "");
        log.inbound(muller, 5, 1);
        log.inbound(muller, 2, 2);
        log.inbound(muller, 1, 3);
        log.inbound(muller, 0, 3);
        log.outbound(muller, 1, 1);

        introductionChain(months);
        metAtEvent(partners.get(9), 8, new int[] {6, 5, 4, 3, 2, 1, 0}, 2);
        metAtEvent(partners.get(10), 4, new int[] {2, 0}, 1);
        metAtEvent(partners.get(11), 3, new int[0], 0);

        PartnerPlan okafor = partners.get(12);
        okafor.neverThanked = true;
        for (int k = 3; k < Math.min(months, 21); k++) {
            log.inbound(okafor, k, 1);
        }
        log.inbound(okafor, 1, 2);
        log.inbound(okafor, 0, 2);
        log.touch(okafor, days.dayIn(5), "meeting", "");

        PartnerPlan brooks = partners.get(13);
        for (int k = 6; k < months; k++) {
            log.inbound(brooks, k, 2);
        }
        for (int k = 3; k <= 5; k++) {
            log.inbound(brooks, k, 3);
        }
        log.inbound(brooks, 1, 1);
        log.touch(brooks, days.dayIn(4), "call", "");

        PartnerPlan kim = partners.get(14);
        String[] kimTouches = {"meeting", "email", "call", "event", "email", "meeting", "gift", "call", "email", "meeting"};
        for (int i = 0; i < kimTouches.length; i++) {
            int k = 13 - i - (i > 6 ? 3 : 0);
            String type = kimTouches[i];
            if (type.equals("event")) {
                LocalDate day = events.eventIn(k);
                log.touch(kim, day, "event", events.eventIdFor(day));
            } else {
                log.touch(kim, i == kimTouches.length - 1 ? days.lastDay.minusDays(12) : days.dayIn(Math.max(k, 0)), type,
                        type.equals("gift") ? "35" : "");
            }
        }
        log.inbound(kim, 16, 1);

        PartnerPlan hassan = partners.get(15);
        for (int k = 0; k < months; k++) {
            log.inbound(hassan, k, 2);
            if (k % 3 == 0) {
                log.gift(hassan, days.dayIn(k), "60");
            }
        }
        PartnerPlan li = partners.get(16);
        for (int k = 0; k < 10; k++) {
            log.touch(li, days.dayIn(k * 2), k % 2 == 0 ? "call" : "email", "");
        }
        for (int k = 0; k < 6; k++) {
            log.inbound(li, k, 3);
        }
    }

    private void introductionChain(int months) throws IOException {
        PartnerPlan kjaer = partners.get(5);
        for (int k = 0; k < Math.min(months, 20); k += 2) {
            log.inbound(kjaer, k, 1);
        }
        log.outbound(kjaer, 3, 1);
        PartnerPlan an = partners.get(6);
        an.since = days.monthStart(14);
        log.touch(an, an.since.plusDays(2), "meeting", "");
        for (int k = 12; k >= 0; k -= 3) {
            log.inbound(an, k, 1);
        }
        PartnerPlan liu = partners.get(7);
        liu.since = days.monthStart(10);
        log.touch(liu, liu.since.plusDays(4), "meeting", "");
        log.inbound(liu, 6, 1);
        log.inbound(liu, 2, 1);
        PartnerPlan becker = partners.get(8);
        becker.since = days.monthStart(5);
        log.touch(becker, becker.since.plusDays(1), "call", "");
        log.inbound(becker, 1, 1);
    }

    private void metAtEvent(PartnerPlan p, int monthsBack, int[] referralMonthsBack, int perMonth) throws IOException {
        LocalDate met = events.eventIn(monthsBack);
        p.since = met;
        log.touch(p, met, "event", events.eventIdFor(met));
        log.touch(p, met.plusDays(9), "email", "");
        for (int k : referralMonthsBack) {
            log.inbound(p, k, perMonth);
        }
    }
}
