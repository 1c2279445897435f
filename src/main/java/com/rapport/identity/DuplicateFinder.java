package com.rapport.identity;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.rapport.core.NameKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds partners that may be one person on evidence too weak to merge: the same phone
 * (compared in E.164) or a similar organisation, together with a similar name (a
 * nickname, an initial, the same name spelled otherwise). Only partners sharing a phone
 * or an organisation are compared, so the work grows with those groups, not with the
 * square of the partner list. Partners with two different NPIs are two people.
 */
public final class DuplicateFinder {

    /** Larger groups (a hospital switchboard, a health system) say little about any one pair. */
    private static final int MAX_GROUP = 2000;
    private static final Set<String> NANP_REGIONS = Set.of("US", "CA");
    private static final Set<String> LEGAL_FORMS = Set.of("inc", "llc", "pllc", "pc", "pa", "ltd", "co", "corp",
            "lp", "llp", "the");

    private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
    private final Nicknames nicknames = new Nicknames();
    private final String region;
    /** Phones in E.164 by their written form: several records of one person usually share one. */
    private final Map<String, Optional<String>> e164 = new HashMap<>();

    /** @param region the ISO country whose numbers are written without a country code, e.g. {@code US} */
    public DuplicateFinder(String region) {
        this.region = region;
    }

    public List<PossibleDuplicate> find(MergeResult merged) {
        List<Profile> profiles = profiles(merged);
        Map<String, List<Integer>> byPhone = new HashMap<>();
        Map<String, List<Integer>> byOrganisation = new HashMap<>();
        // Alike names share a surname, so blocks are (phone, surname) and (organisation, surname):
        // a large practice's staff are then compared only with their namesakes.
        for (int i = 0; i < profiles.size(); i++) {
            Profile profile = profiles.get(i);
            for (String surname : profile.surnames) {
                for (String phone : profile.phones) {
                    byPhone.computeIfAbsent(phone + "|" + surname, k -> new ArrayList<>()).add(i);
                }
                for (String organisation : profile.organisations) {
                    byOrganisation.computeIfAbsent(organisation + "|" + surname, k -> new ArrayList<>()).add(i);
                }
            }
        }
        Map<Long, Pair> pairs = new LinkedHashMap<>();
        collect(profiles, byPhone, pairs, true);
        collect(profiles, byOrganisation, pairs, false);
        List<PossibleDuplicate> out = new ArrayList<>();
        for (Pair pair : pairs.values()) {
            Profile a = profiles.get(pair.a);
            Profile b = profiles.get(pair.b);
            if (a.partner.partnerId().compareTo(b.partner.partnerId()) > 0) {
                Profile t = a;
                a = b;
                b = t;
            }
            String shared = pair.samePhone && pair.sameOrganisation ? "same phone and organisation"
                    : pair.samePhone ? "same phone" : "same organisation";
            out.add(new PossibleDuplicate(a.partner.partnerId(), a.partner.name(), b.partner.partnerId(),
                    b.partner.name(), shared + "; " + pair.nameEvidence));
        }
        out.sort(Comparator.comparing(PossibleDuplicate::partnerIdA).thenComparing(PossibleDuplicate::partnerIdB));
        return out;
    }

    private void collect(List<Profile> profiles, Map<String, List<Integer>> groups, Map<Long, Pair> pairs,
                         boolean byPhone) {
        for (List<Integer> group : groups.values()) {
            if (group.size() < 2 || group.size() > MAX_GROUP) {
                continue;
            }
            for (int x = 0; x < group.size(); x++) {
                for (int y = x + 1; y < group.size(); y++) {
                    int a = Math.min(group.get(x), group.get(y));
                    int b = Math.max(group.get(x), group.get(y));
                    long id = ((long) a << 32) | b;
                    Pair pair = pairs.get(id);
                    if (pair == null) {
                        String evidence = differentNpis(profiles.get(a), profiles.get(b)) ? null
                                : nameEvidence(profiles.get(a), profiles.get(b));
                        if (evidence == null) {
                            continue;
                        }
                        pair = new Pair(a, b, evidence);
                        pairs.put(id, pair);
                    }
                    if (byPhone) {
                        pair.samePhone = true;
                    } else {
                        pair.sameOrganisation = true;
                    }
                }
            }
        }
    }

    private static boolean differentNpis(Profile a, Profile b) {
        String na = a.partner.npi();
        String nb = b.partner.npi();
        return na != null && nb != null && !na.isBlank() && !nb.isBlank() && !na.strip().equals(nb.strip());
    }

    /** How the two partners' names are alike, or null when they are not alike enough. */
    private String nameEvidence(Profile a, Profile b) {
        for (int i = 0; i < a.spellings.size(); i++) {
            for (int j = 0; j < b.spellings.size(); j++) {
                String evidence = nameEvidence(a.spellings.get(i), a.nameKeys.get(i), b.spellings.get(j),
                        b.nameKeys.get(j));
                if (evidence != null) {
                    return evidence;
                }
            }
        }
        return null;
    }

    private String nameEvidence(String rawA, String keyA, String rawB, String keyB) {
        if (keyA.equals(keyB)) {
            return rawA.strip().equals(rawB.strip()) ? "same name" : "same name written differently";
        }
        // Keys are words joined by single spaces: the first is the given name, the last the surname.
        int givenEndA = keyA.indexOf(' ');
        int givenEndB = keyB.indexOf(' ');
        if (givenEndA < 0 || givenEndB < 0
                || !keyA.substring(keyA.lastIndexOf(' ') + 1).equals(keyB.substring(keyB.lastIndexOf(' ') + 1))) {
            return null;
        }
        String givenA = keyA.substring(0, givenEndA);
        String givenB = keyB.substring(0, givenEndB);
        if (givenA.equals(givenB)) {
            return "same first and last name";
        }
        if ((givenA.length() == 1 && givenB.startsWith(givenA)) || (givenB.length() == 1 && givenA.startsWith(givenB))) {
            return "initial " + title(givenA) + " / " + title(givenB);
        }
        if (nicknames.same(givenA, givenB)) {
            return "nickname " + title(givenA) + " / " + title(givenB);
        }
        return null;
    }

    private static String title(String folded) {
        return folded.substring(0, 1).toUpperCase(Locale.ROOT) + folded.substring(1);
    }

    private List<Profile> profiles(MergeResult merged) {
        Map<String, Profile> byId = new LinkedHashMap<>();
        for (Partner partner : merged.partners()) {
            byId.put(partner.partnerId(), new Profile(partner));
        }
        for (RecordAssignment assignment : merged.assignments()) {
            Profile profile = byId.get(assignment.partnerId());
            ContactRecord record = assignment.record();
            String phone = e164(record.phone());
            if (phone != null) {
                addOnce(profile.phones, phone);
            }
            String organisation = organisationKey(record.organization());
            if (!organisation.isEmpty()) {
                addOnce(profile.organisations, organisation);
            }
            String key = NameKey.person(record.fullName());
            if (!key.isEmpty()) {
                if (!profile.spellings.contains(record.fullName())) {
                    profile.spellings.add(record.fullName());
                    profile.nameKeys.add(key);
                }
                addOnce(profile.surnames, key.substring(key.lastIndexOf(' ') + 1));
            }
        }
        return new ArrayList<>(byId.values());
    }

    private String e164(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        return e164.computeIfAbsent(phone, this::parsePhone).orElse(null);
    }

    private Optional<String> parsePhone(String phone) {
        return Optional.ofNullable(parse(phone));
    }

    private String parse(String phone) {
        String plain = northAmerican(phone);
        if (plain != null) {
            return plain;
        }
        try {
            PhoneNumber number = phones.parse(phone, region);
            return phones.isPossibleNumber(number) ? phones.format(number, PhoneNumberUtil.PhoneNumberFormat.E164)
                    : null;
        } catch (NumberParseException e) {
            return null;
        }
    }

    /**
     * The common case without the full parser, which is costly per number and a large
     * practice has a number per record: in the North American plan, ten digits, or eleven starting with 1, written
     * with the usual separators, are +1 and the ten digits. Anything else goes to libphonenumber.
     */
    private String northAmerican(String phone) {
        if (!NANP_REGIONS.contains(region)) {
            return null;
        }
        StringBuilder digits = new StringBuilder(11);
        for (int i = 0; i < phone.length(); i++) {
            char c = phone.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (" ().-".indexOf(c) < 0 && !(c == '+' && i == 0)) {
                return null;
            }
        }
        boolean international = phone.startsWith("+");
        if (digits.length() == 10 && !international && digits.charAt(0) >= '2') {
            return "+1" + digits;
        }
        if (digits.length() == 11 && digits.charAt(0) == '1' && digits.charAt(1) >= '2') {
            return "+" + digits;
        }
        return null;
    }

    /** The organisation without its legal form: {@code Harbor Orthopedics, LLC} is {@code Harbor Orthopedics}. */
    static String organisationKey(String organisation) {
        List<String> tokens = new ArrayList<>(Arrays.asList(NameKey.organisation(organisation).split(" ")));
        tokens.removeIf(t -> t.isEmpty() || LEGAL_FORMS.contains(t));
        return String.join(" ", tokens);
    }

    private static void addOnce(List<String> values, String value) {
        if (!values.contains(value)) {
            values.add(value);
        }
    }

    /**
     * What one partner's records say, in the order the records came. Lists, not sets: a
     * partner has one to three of each, and 100k small hash sets cost more than the search.
     */
    private static final class Profile {
        final Partner partner;
        final List<String> phones = new ArrayList<>(1);
        final List<String> organisations = new ArrayList<>(1);
        /** Each spelling of the name, with its folded key at the same position in {@link #nameKeys}. */
        final List<String> spellings = new ArrayList<>(1);
        final List<String> nameKeys = new ArrayList<>(1);
        final List<String> surnames = new ArrayList<>(1);

        Profile(Partner partner) {
            this.partner = partner;
        }
    }

    private static final class Pair {
        final int a;
        final int b;
        final String nameEvidence;
        boolean samePhone;
        boolean sameOrganisation;

        Pair(int a, int b, String nameEvidence) {
            this.a = a;
            this.b = b;
            this.nameEvidence = nameEvidence;
        }
    }
}
