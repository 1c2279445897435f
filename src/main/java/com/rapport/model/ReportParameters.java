package com.rapport.model;

import com.rapport.core.Settings;
import com.rapport.registry.ProspectParameters;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The bind parameters every model reads: the settings ({@code run_params}, one row) and
 * the date windows of docs/time-windows.md for the report month and for the month before it
 * ({@code report_windows}, one row each), computed here once so no SQL does month arithmetic.
 */
public final class ReportParameters {

    private ReportParameters() {
    }

    public static void write(Connection connection, YearMonth month, Settings settings, boolean hasReferralStatus)
            throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("create or replace temp table run_params (established_touches integer, "
                    + "default_network_size integer, top_partners integer, has_referral_status boolean, gift_cap double)");
            statement.execute("create or replace temp table report_windows (period varchar, month_start date, as_of date, "
                    + "t3_start date, p3_start date, t6_start date, t12_start date, t24_start date, d90_start date, "
                    + "year_start date, spotlight_window_start date)");
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into run_params values (?, ?, ?, ?, ?)")) {
            insert.setInt(1, settings.establishedTouches());
            insert.setInt(2, settings.defaultNetworkSize());
            insert.setInt(3, settings.topPartners());
            insert.setBoolean(4, hasReferralStatus);
            var cap = settings.giftCap(month.getYear());
            insert.setObject(5, cap.isPresent() ? cap.getAsDouble() : null);
            insert.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into report_windows values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            window(insert, "current", month);
            window(insert, "previous", month.minusMonths(1));
        }
        ProspectParameters.write(connection, settings.prospects());
    }

    private static void window(PreparedStatement insert, String period, YearMonth month) throws SQLException {
        LocalDate asOf = month.atEndOfMonth();
        insert.setString(1, period);
        insert.setObject(2, month.atDay(1));
        insert.setObject(3, asOf);
        insert.setObject(4, month.minusMonths(2).atDay(1));
        insert.setObject(5, month.minusMonths(5).atDay(1));
        insert.setObject(6, month.minusMonths(5).atDay(1));
        insert.setObject(7, month.minusMonths(11).atDay(1));
        insert.setObject(8, month.minusMonths(23).atDay(1));
        insert.setObject(9, asOf.minusDays(89));
        insert.setObject(10, LocalDate.of(month.getYear(), 1, 1));
        // spotlight of issue N = M+1 excludes partners featured in N-12..N-1 = M-11..M
        insert.setObject(11, month.minusMonths(11).atDay(1));
        insert.executeUpdate();
    }
}
