package com.rapport.identity;

import com.rapport.core.NameKey;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Merges contact records into partners when they share an NPI, an e-mail, or a normalised
 * name with a normalised organisation (the data contract's order). Two records whose NPIs
 * differ are never merged, whatever else they share: a wrong merge is worse than a missed one.
 */
public final class PartnerMerger {

    private static final List<String> EVIDENCE = List.of("npi", "email", "name_org");

    private static final List<Function<ContactRecord, List<String>>> KEYS = List.of(
            r -> nonEmpty(r.npiKey()), ContactRecord::emailKeys, r -> nonEmpty(r.nameOrgKey()));

    public MergeResult merge(List<ContactRecord> input) {
        return merge(input, List.of());
    }

    /** Merges by the contract's keys, then joins the pairs the user confirmed in merges.csv. */
    public MergeResult merge(List<ContactRecord> input, List<ConfirmedPair> confirmed) {
        List<ContactRecord> records = new ArrayList<>(input);
        records.sort(Comparator.comparing(ContactRecord::sourceFile).thenComparingLong(ContactRecord::recordNo));
        UnionFind groups = new UnionFind(records);
        for (Function<ContactRecord, List<String>> key : KEYS) {
            Map<String, Integer> firstWithKey = new HashMap<>(records.size() * 4 / 3 + 1);
            for (int i = 0; i < records.size(); i++) {
                for (String value : key.apply(records.get(i))) {
                    Integer first = firstWithKey.putIfAbsent(value, i);
                    if (first != null) {
                        groups.union(first, i);
                    }
                }
            }
        }
        List<ConfirmedPair.Problem> problems = applyConfirmed(records, groups, confirmed);
        Map<Integer, List<Integer>> members = new LinkedHashMap<>();
        for (int i = 0; i < records.size(); i++) {
            members.computeIfAbsent(groups.find(i), r -> new ArrayList<>()).add(i);
        }
        Set<String> takenIds = new HashSet<>();
        Map<String, Integer> idCounts = new HashMap<>();
        for (List<Integer> group : members.values()) {
            idCounts.merge(records.get(group.get(0)).contactId(), 1, Integer::sum);
        }
        List<Partner> partners = new ArrayList<>();
        List<RecordAssignment> assignments = new ArrayList<>();
        for (List<Integer> group : members.values()) {
            ContactRecord founder = records.get(group.get(0));
            String id = idCounts.get(founder.contactId()) == 1 && takenIds.add(founder.contactId())
                    ? founder.contactId() : founder.sourceFile() + ":" + founder.contactId();
            List<ContactRecord> groupRecords = group.stream().map(records::get).toList();
            partners.add(survivor(id, groupRecords));
            for (ContactRecord record : groupRecords) {
                assignments.add(new RecordAssignment(record, id,
                        record == founder ? "" : evidence(record, groupRecords)));
            }
        }
        return new MergeResult(partners, assignments, problems);
    }

    /**
     * Joins each confirmed pair's two partners, resolving the references against the
     * merge so far. A pair whose partners carry different NPIs stays apart: an NPI names
     * one provider, so the confirmation is more likely a slip than the NPI.
     */
    private static List<ConfirmedPair.Problem> applyConfirmed(List<ContactRecord> records, UnionFind groups,
                                                              List<ConfirmedPair> confirmed) {
        List<ConfirmedPair.Problem> problems = new ArrayList<>();
        if (confirmed.isEmpty()) {
            return problems;
        }
        List<RecordAssignment> interim = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            interim.add(new RecordAssignment(records.get(i), Integer.toString(groups.find(i)), ""));
        }
        ReferenceResolver resolver = new ReferenceResolver(interim);
        for (ConfirmedPair pair : confirmed) {
            ReferenceResolver.Resolution a = resolver.resolve(pair.referenceA());
            ReferenceResolver.Resolution b = resolver.resolve(pair.referenceB());
            if (a.problem() != null) {
                problems.add(new ConfirmedPair.Problem(pair.file(), pair.row(), "reference_a", pair.referenceA(),
                        a.problem()));
            }
            if (b.problem() != null) {
                problems.add(new ConfirmedPair.Problem(pair.file(), pair.row(), "reference_b", pair.referenceB(),
                        b.problem()));
            }
            if (a.problem() == null && b.problem() == null
                    && !groups.union(Integer.parseInt(a.partnerId()), Integer.parseInt(b.partnerId()))) {
                problems.add(new ConfirmedPair.Problem(pair.file(), pair.row(), "reference_b", pair.referenceB(),
                        "different_npi"));
            }
        }
        return problems;
    }

    /** The strongest key a record shares with another record of its partner; else the user's confirmation. */
    private static String evidence(ContactRecord record, List<ContactRecord> group) {
        for (int k = 0; k < KEYS.size(); k++) {
            for (String value : KEYS.get(k).apply(record)) {
                for (ContactRecord other : group) {
                    if (other != record && KEYS.get(k).apply(other).contains(value)) {
                        return EVIDENCE.get(k);
                    }
                }
            }
        }
        return "confirmed";
    }

    private static List<String> nonEmpty(String key) {
        return key.isEmpty() ? List.of() : List.of(key);
    }

    /**
     * Each field takes the non-empty value of the most recently updated record (ties: the
     * file that sorts first, then the earlier record); the name and the organisation in the
     * best written spelling of that value. An opt-out in any record stands: it is the
     * partner's request, not a field that ages.
     */
    private static Partner survivor(String id, List<ContactRecord> group) {
        List<ContactRecord> byRecency = new ArrayList<>(group);
        byRecency.sort(Comparator.comparing((ContactRecord r) -> r.updatedAt() == null ? LocalDate.MIN : r.updatedAt())
                .reversed()
                .thenComparing(ContactRecord::sourceFile)
                .thenComparingLong(ContactRecord::recordNo));
        boolean optOut = group.stream().anyMatch(r -> Boolean.TRUE.equals(r.spotlightOptOut()));
        LocalDate updated = byRecency.get(0).updatedAt();
        DisplayName.Credentialed shown = shownName(byRecency);
        List<String> organisations = new ArrayList<>(byRecency.size());
        for (ContactRecord record : byRecency) {
            if (record.organization() != null && !record.organization().isBlank()) {
                organisations.add(record.organization());
            }
        }
        return new Partner(id, shown.name(),
                DisplayName.best(organisations, NameKey::organisation),
                pick(byRecency, ContactRecord::role),
                pickCategory(byRecency),
                pick(byRecency, ContactRecord::email),
                pick(byRecency, ContactRecord::phone),
                pick(byRecency, ContactRecord::npi),
                pick(byRecency, ContactRecord::city),
                pick(byRecency, ContactRecord::postalCode),
                byRecency.stream().map(ContactRecord::networkSize).filter(Objects::nonNull).findFirst().orElse(null),
                pick(byRecency, ContactRecord::introducedBy),
                optOut, updated, group.size(), shown.credential());
    }

    /**
     * The name as a person writes it, of the most recent record's name (a person's before an
     * organisation stand-in), with the most recent credential that followed it in any record.
     */
    private static DisplayName.Credentialed shownName(List<ContactRecord> byRecency) {
        List<String> names = new ArrayList<>(byRecency.size());
        String credential = null;
        for (ContactRecord record : namingAPerson(byRecency)) {
            if (record.namesAPerson()) {
                DisplayName.Credentialed split = DisplayName.split(record.fullName());
                names.add(split.name());
                credential = credential != null ? credential : split.credential();
            } else if (record.fullName() != null && !record.fullName().isBlank()) {
                names.add(record.fullName());
            }
        }
        return new DisplayName.Credentialed(DisplayName.best(names, NameKey::person), credential);
    }

    /**
     * The records that name a person, when some do: a front desk's record merged with its
     * clinician's (one shared e-mail) does not rename the clinician after the organisation.
     */
    private static List<ContactRecord> namingAPerson(List<ContactRecord> byRecency) {
        List<ContactRecord> people = null;
        for (int i = 0; i < byRecency.size(); i++) {
            ContactRecord record = byRecency.get(i);
            if (!record.namesAPerson() && people == null) {
                people = new ArrayList<>(byRecency.subList(0, i));
            } else if (record.namesAPerson() && people != null) {
                people.add(record);
            }
        }
        return people == null ? byRecency : people.isEmpty() ? byRecency : people;
    }

    /** "other" is what an export without a category says by default, so a real category beats it. */
    private static String pickCategory(List<ContactRecord> byRecency) {
        return byRecency.stream().map(ContactRecord::category)
                .filter(c -> c != null && !c.isBlank() && !c.equals("other"))
                .findFirst().orElse("other");
    }

    private static String pick(List<ContactRecord> byRecency, Function<ContactRecord, String> field) {
        // A loop, not a stream: this runs ten times for each of 100k partners in a large practice.
        for (ContactRecord record : byRecency) {
            String value = field.apply(record);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    /** Union-find over record positions that refuses to join two groups with different NPIs. */
    private static final class UnionFind {
        private final int[] parent;
        private final String[] npi;

        UnionFind(List<ContactRecord> records) {
            parent = new int[records.size()];
            npi = new String[records.size()];
            for (int i = 0; i < parent.length; i++) {
                parent[i] = i;
                String key = records.get(i).npiKey();
                npi[i] = key.isEmpty() ? null : key;
            }
        }

        int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        /** Joins the two groups; false when their NPIs differ and they stay apart. */
        boolean union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra == rb) {
                return true;
            }
            if (npi[ra] != null && npi[rb] != null && !npi[ra].equals(npi[rb])) {
                return false;
            }
            // The smaller position stays the root, so a group's founder is its first record.
            int root = Math.min(ra, rb);
            int child = Math.max(ra, rb);
            parent[child] = root;
            if (npi[root] == null) {
                npi[root] = npi[child];
            }
            return true;
        }
    }
}
