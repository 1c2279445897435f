package com.rapport.identity;

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

    public MergeResult merge(List<ContactRecord> input) {
        List<ContactRecord> records = new ArrayList<>(input);
        records.sort(Comparator.comparing(ContactRecord::sourceFile).thenComparingLong(ContactRecord::recordNo));
        UnionFind groups = new UnionFind(records);
        List<Function<ContactRecord, String>> keys = List.of(ContactRecord::npiKey, ContactRecord::emailKey,
                ContactRecord::nameOrgKey);
        for (Function<ContactRecord, String> key : keys) {
            Map<String, Integer> firstWithKey = new HashMap<>();
            for (int i = 0; i < records.size(); i++) {
                String value = key.apply(records.get(i));
                if (!value.isEmpty()) {
                    Integer first = firstWithKey.putIfAbsent(value, i);
                    if (first != null) {
                        groups.union(first, i);
                    }
                }
            }
        }
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
                        record == founder ? "" : evidence(record, groupRecords, keys)));
            }
        }
        return new MergeResult(partners, assignments);
    }

    /** The strongest key a record shares with another record of its partner. */
    private static String evidence(ContactRecord record, List<ContactRecord> group,
                                   List<Function<ContactRecord, String>> keys) {
        for (int k = 0; k < keys.size(); k++) {
            String value = keys.get(k).apply(record);
            if (value.isEmpty()) {
                continue;
            }
            for (ContactRecord other : group) {
                if (other != record && value.equals(keys.get(k).apply(other))) {
                    return EVIDENCE.get(k);
                }
            }
        }
        return "";
    }

    /**
     * Each field takes the non-empty value of the most recently updated record (ties: the
     * file that sorts first, then the earlier record). An opt-out in any record stands:
     * it is the partner's request, not a field that ages.
     */
    private static Partner survivor(String id, List<ContactRecord> group) {
        List<ContactRecord> byRecency = new ArrayList<>(group);
        byRecency.sort(Comparator.comparing((ContactRecord r) -> r.updatedAt() == null ? LocalDate.MIN : r.updatedAt())
                .reversed()
                .thenComparing(ContactRecord::sourceFile)
                .thenComparingLong(ContactRecord::recordNo));
        boolean optOut = group.stream().anyMatch(r -> Boolean.TRUE.equals(r.spotlightOptOut()));
        LocalDate updated = byRecency.get(0).updatedAt();
        return new Partner(id,
                pick(byRecency, ContactRecord::fullName),
                pick(byRecency, ContactRecord::organization),
                pick(byRecency, ContactRecord::role),
                pickCategory(byRecency),
                pick(byRecency, ContactRecord::email),
                pick(byRecency, ContactRecord::phone),
                pick(byRecency, ContactRecord::npi),
                pick(byRecency, ContactRecord::city),
                pick(byRecency, ContactRecord::postalCode),
                byRecency.stream().map(ContactRecord::networkSize).filter(Objects::nonNull).findFirst().orElse(null),
                pick(byRecency, ContactRecord::introducedBy),
                optOut, updated, group.size());
    }

    /** "other" is what an export without a category says by default, so a real category beats it. */
    private static String pickCategory(List<ContactRecord> byRecency) {
        return byRecency.stream().map(ContactRecord::category)
                .filter(c -> c != null && !c.isBlank() && !c.equals("other"))
                .findFirst().orElse("other");
    }

    private static String pick(List<ContactRecord> byRecency, Function<ContactRecord, String> field) {
        return byRecency.stream().map(field).filter(v -> v != null && !v.isBlank()).findFirst().orElse(null);
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

        void union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra == rb || (npi[ra] != null && npi[rb] != null && !npi[ra].equals(npi[rb]))) {
                return;
            }
            // The smaller position stays the root, so a group's founder is its first record.
            int root = Math.min(ra, rb);
            int child = Math.max(ra, rb);
            parent[child] = root;
            if (npi[root] == null) {
                npi[root] = npi[child];
            }
        }
    }
}
