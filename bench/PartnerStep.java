import com.rapport.identity.IdentityStep;
import com.rapport.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The partner step alone, as a review from scratch runs it, on a copy of an imported database
 * (so each run starts from the same state): for profiling it (java -XX:StartFlightRecording=...)
 * and timing it. Not a test.
 *   java -Xmx512m -cp target/rapport.jar bench/PartnerStep.java IMPORTED_DB [RUNS]
 */
public class PartnerStep {
    public static void main(String[] args) throws Exception {
        Path imported = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        for (int run = 1; run <= runs; run++) {
            Path copy = imported.resolveSibling("partner-step.duckdb");
            Files.copy(imported, copy, StandardCopyOption.REPLACE_EXISTING);
            try (Database database = Database.open(copy, "600MB")) {
                long started = System.nanoTime();
                new IdentityStep(database, "US").run();
                System.out.printf("partner step: %.2f s%n", (System.nanoTime() - started) / 1e9);
            }
            Files.delete(copy);
        }
    }
}
