package com.rapport.identity;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes what the partner step worked out into its tables (schema/identity.sql), each by
 * DuckDB's appender: the partner list, each record's partner, the problems of merges.csv,
 * each reference's partner, the resolver's keys and the possible duplicates.
 */
final class IdentityTables {

    private final Connection connection;

    IdentityTables(Connection connection) {
        this.connection = connection;
    }

    void partners(List<Partner> partners) throws SQLException {
        try (RowAppender out = RowAppender.into(connection, "partners")) {
            for (Partner p : partners) {
                out.beginRow();
                out.texts(p.partnerId(), p.name(), p.organization(), p.role(), p.category(), p.email(), p.phone(),
                        p.npi(), p.city(), p.postalCode());
                out.nullable(p.networkSize());
                out.texts(p.introducedBy());
                out.flag(p.spotlightOptOut());
                out.nullable(p.updatedAt());
                out.number(p.records());
                out.texts(p.credential());
                out.endRow();
            }
        }
    }

    void mergeProblems(List<ConfirmedPair.Problem> problems) throws SQLException {
        try (RowAppender out = RowAppender.into(connection, "merge_problems")) {
            for (ConfirmedPair.Problem p : problems) {
                out.beginRow();
                out.texts(p.file());
                out.number(p.row());
                out.texts(p.column(), p.reference(), p.problem());
                out.endRow();
            }
        }
    }

    /** Which partner each contact record became, and by what evidence. */
    void assignments(MergeResult merged) throws SQLException {
        Map<String, String> names = new HashMap<>();
        merged.partners().forEach(p -> names.put(p.partnerId(), p.name()));
        try (RowAppender out = RowAppender.into(connection, "contact_assignments")) {
            for (RecordAssignment a : merged.assignments()) {
                out.beginRow();
                out.texts(a.record().sourceFile());
                out.number(a.record().recordNo());
                out.texts(a.partnerId(), names.get(a.partnerId()), a.matchedBy());
                out.endRow();
            }
        }
    }

    /** Each reference with the partner it resolves to, or why none. */
    void references(ReferenceResolver resolver, List<String> references) throws SQLException {
        try (RowAppender out = RowAppender.into(connection, "reference_map")) {
            for (String reference : references) {
                ReferenceResolver.Resolution resolution = resolver.resolve(reference);
                out.row(reference, resolution.partnerId(), resolution.problem());
            }
        }
    }

    /** The resolver's keys, so a later month's new references resolve from them. */
    void keys(ReferenceResolver resolver) throws SQLException {
        try (RowAppender out = RowAppender.into(connection, "reference_keys")) {
            resolver.forEachKey(key -> out.row(key.kind().name(), key.key(), key.partnerId()));
        }
    }

    void duplicates(List<PossibleDuplicate> duplicates) throws SQLException {
        try (RowAppender out = RowAppender.into(connection, "duplicate_candidates")) {
            for (PossibleDuplicate d : duplicates) {
                out.row(d.partnerIdA(), d.nameA(), d.partnerIdB(), d.nameB(), d.evidence());
            }
        }
    }
}
