import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Properties;

/**
 * The raw engine for the scale benchmark: DuckDB itself reading the same CSV files into
 * tables of a database file with declared types (read_csv), nothing else. With a third
 * argument, read_csv gets that buffer_size (Rapport reads with 32 MB buffers, which spare
 * the commit a rewrite of the row groups). Run with the Rapport jar on the class path:
 * java -cp target/rapport.jar bench/RawEngine.java DATA_DIR DB_FILE [BUFFER_BYTES]
 */
public class RawEngine {
    public static void main(String[] args) throws Exception {
        String data = args[0];
        Properties properties = new Properties();
        properties.setProperty("memory_limit", "1GB");
        String buffer = args.length > 2 ? "buffer_size = " + Long.parseLong(args[2]) + ", " : "";
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + args[1], properties);
             Statement statement = connection.createStatement()) {
            long started = System.nanoTime();
            statement.execute("create table interactions as select * from read_csv('" + data + "/interactions.csv', "
                    + "header = true, auto_detect = false, " + buffer + "store_rejects = true, "
                    + "columns = {'interaction_id': 'VARCHAR', 'date': 'DATE', 'contact': 'VARCHAR', "
                    + "'type': 'VARCHAR', 'direction': 'VARCHAR', 'event_id': 'VARCHAR', 'amount': 'DOUBLE', "
                    + "'note': 'VARCHAR'})");
            long interactions = System.nanoTime();
            statement.execute("create table referrals as select * from read_csv('" + data + "/referrals.csv', "
                    + "header = true, auto_detect = false, " + buffer + "store_rejects = true, "
                    + "columns = {'referral_id': 'VARCHAR', 'date': 'DATE', 'direction': 'VARCHAR', "
                    + "'partner': 'VARCHAR', 'patient_id': 'VARCHAR', 'patient_name': 'VARCHAR', "
                    + "'service': 'VARCHAR', 'status': 'VARCHAR'})");
            long referrals = System.nanoTime();
            System.out.printf("raw engine: interactions %.2f s, referrals %.2f s%n", (interactions - started) / 1e9,
                    (referrals - interactions) / 1e9);
        }
    }
}
