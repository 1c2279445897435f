package com.rapport.generate;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Who the partners are: each drawn by category share with a name, organisation, contact
 * details and background weights (a few strong referrers, a long tail); the first
 * {@value #STORY_PARTNERS} are then recast as the named people of the scripted stories.
 */
final class PartnerCast {

    /** How many partners the stories use; they come first, so the background never changes them. */
    static final int STORY_PARTNERS = 17;
    private static final String[] AREA_CODES = {"503", "541", "971", "458", "360", "206", "425", "253", "509", "564"};

    private final GeneratorSettings settings;
    private final SplittableRandom random;
    private final NamePool names;
    private final GeneratorDays days;
    private final List<PartnerPlan> partners = new ArrayList<>();
    private final UniqueNpis npis;

    PartnerCast(GeneratorSettings settings, SplittableRandom random, NamePool names, GeneratorDays days) {
        this.settings = settings;
        this.random = random;
        this.npis = new UniqueNpis(random);
        this.names = names;
        this.days = days;
    }

    /** Stories need their people and more than a year to play out in. */
    static boolean hasStories(GeneratorSettings settings) {
        return settings.partners() >= STORY_PARTNERS + 3 && settings.months() >= 13;
    }

    List<PartnerPlan> plan() {
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
        if (hasStories(settings)) {
            scriptStoryPartners();
        }
        return partners;
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
        p.npi = category.clinical && random.nextInt(100) < 70 ? npis.next() : "";
        p.city = names.city();
        p.postalCode = String.format("%05d", 97_000 + random.nextInt(500));
        p.networkSize = random.nextInt(100) < 25 ? Integer.toString(100 + random.nextInt(1400)) : "";
        p.updatedAt = days.randomDay(days.firstDay, days.lastDay);
    }

    private void background(PartnerPlan p) {
        boolean lateStarter = random.nextInt(100) < 40;
        p.since = lateStarter ? days.randomDay(days.firstDay, days.lastDay) : days.firstDay;
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
        p.since = days.firstDay;
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
}
