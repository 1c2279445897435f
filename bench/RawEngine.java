import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The raw engine for the scale benchmark: DuckDB itself reading the same CSV files into
 * tables of a database file, nothing else. The two activity files with declared types
 * (read_csv), the contact exports, events and spotlights as text with DuckDB's own detection.
 * A contact export DuckDB cannot read (Windows-1252: it refuses it, where Rapport transcodes
 * it) is left out and named, which favours the engine. With a third argument, read_csv gets
 * that buffer_size (Rapport reads the large files with 32 MB buffers, which spare the commit
 * a rewrite of the row groups). Run with the Rapport jar on the class path:
 * java -cp target/rapport.jar bench/RawEngine.java DATA_DIR DB_FILE [BUFFER_BYTES]
 */
public class RawEngine {
    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Properties properties = new Properties();
        properties.setProperty("memory_limit", "1GB");
        String buffer = args.length > 2 ? "buffer_size = " + Long.parseLong(args[2]) + ", " : "";
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + args[1], properties);
             Statement statement = connection.createStatement()) {
            long started = System.nanoTime();
            List<String> unread = new ArrayList<>();
            List<Path> contacts;
            try (Stream<Path> files = Files.list(data.resolve("contacts"))) {
                contacts = files.filter(f -> f.toString().endsWith(".csv")).sorted().toList();
            }
            for (int i = 0; i < contacts.size(); i++) {
                // a statement of its own: a failed one is closed by the driver
                try (Statement contact = connection.createStatement()) {
                    contact.execute("create table contacts_" + i + " as select * from read_csv('" + contacts.get(i)
                            + "', all_varchar = true)");
                } catch (SQLException refused) {
                    unread.add(contacts.get(i).getFileName() + " (" + refused.getMessage().lines().findFirst()
                            .orElse("") + ")");
                }
            }
            long contactsRead = System.nanoTime();
            statement.execute("create table interactions as select * from read_csv('" + data.resolve("interactions.csv")
                    + "', header = true, auto_detect = false, " + buffer + "store_rejects = true, "
                    + "columns = {'interaction_id': 'VARCHAR', 'date': 'DATE', 'contact': 'VARCHAR', "
                    + "'type': 'VARCHAR', 'direction': 'VARCHAR', 'event_id': 'VARCHAR', 'amount': 'DOUBLE', "
                    + "'note': 'VARCHAR'})");
            long interactions = System.nanoTime();
            statement.execute("create table referrals as select * from read_csv('" + data.resolve("referrals.csv")
                    + "', header = true, auto_detect = false, " + buffer + "store_rejects = true, "
                    + "columns = {'referral_id': 'VARCHAR', 'date': 'DATE', 'direction': 'VARCHAR', "
                    + "'partner': 'VARCHAR', 'patient_id': 'VARCHAR', 'patient_name': 'VARCHAR', "
                    + "'service': 'VARCHAR', 'status': 'VARCHAR'})");
            long referrals = System.nanoTime();
            for (String small : List.of("events", "spotlights")) {
                if (Files.exists(data.resolve(small + ".csv"))) {
                    statement.execute("create table " + small + " as select * from read_csv('"
                            + data.resolve(small + ".csv") + "', all_varchar = true)");
                }
            }
            long done = System.nanoTime();
            System.out.printf("raw engine: interactions %.2f s, referrals %.2f s, contacts %.2f s, events and "
                    + "spotlights %.2f s%n", (interactions - contactsRead) / 1e9, (referrals - interactions) / 1e9,
                    (contactsRead - started) / 1e9, (done - referrals) / 1e9);
            for (String file : unread) {
                System.out.println("raw engine: not read: contacts/" + file);
            }
        }
    }
}
