import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;

/**
 * The raw engine for the registry benchmark: DuckDB itself reading the NPPES file's 47
 * columns Rapport keeps (by name, every value as text, DuckDB's own defaults) into a table of
 * a new database file, nothing else: no checksum, no primary-taxonomy choice, no ledger.
 * Run with the Rapport jar on the class path:
 * java -cp target/rapport.jar bench/RawRegistry.java NPPES_FILE DB_FILE
 */
public class RawRegistry {
    public static void main(String[] args) throws Exception {
        StringBuilder columns = new StringBuilder("\"NPI\", \"Entity Type Code\", \"Replacement NPI\", "
                + "\"Provider Organization Name (Legal Business Name)\", \"Provider Last Name (Legal Name)\", "
                + "\"Provider First Name\", \"Provider Middle Name\", \"Provider Name Prefix Text\", "
                + "\"Provider Name Suffix Text\", \"Provider Credential Text\", "
                + "\"Provider First Line Business Practice Location Address\", "
                + "\"Provider Business Practice Location Address City Name\", "
                + "\"Provider Business Practice Location Address State Name\", "
                + "\"Provider Business Practice Location Address Postal Code\", "
                + "\"Provider Business Practice Location Address Telephone Number\", \"NPI Deactivation Date\", "
                + "\"NPI Reactivation Date\"");
        for (int i = 1; i <= 15; i++) {
            columns.append(", \"Healthcare Provider Taxonomy Code_").append(i)
                    .append("\", \"Healthcare Provider Primary Taxonomy Switch_").append(i).append('"');
        }
        Properties properties = new Properties();
        properties.setProperty("memory_limit", "600MB");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + args[1], properties);
             Statement statement = connection.createStatement()) {
            long started = System.nanoTime();
            statement.execute("create table nppes as select " + columns + " from read_csv('"
                    + args[0].replace("'", "''") + "', header = true, all_varchar = true)");
            try (ResultSet rs = statement.executeQuery("select count(*) from nppes")) {
                rs.next();
                System.out.printf("raw engine: %,d rows in %.1f s%n", rs.getLong(1), (System.nanoTime() - started) / 1e9);
            }
        }
    }
}
