package com.rapport.cli;

import com.rapport.core.DataFolderFile;
import com.rapport.core.RapportException;
import com.rapport.core.Settings;
import com.rapport.ingest.DataFolderImporter;
import com.rapport.ingest.InputKind;
import com.rapport.ingest.Inspector;
import com.rapport.ingest.format.Layouts;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code rapport inspect}: what an import would make of each file, read-only (no database, no outputs). */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = {"Show how Rapport reads each file: format, encoding, delimiter, header line, footer, the "
                + "mapping in force, ignored columns and the first records as they would load. Reads only; "
                + "writes nothing.", "Exit code 4 when an import would refuse a file."})
final class InspectCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "files to inspect (a path, or a name in the data folder such as contacts/crm.csv); "
                    + "default: every file of the data folder")
    List<Path> files = List.of();

    @Option(names = "--data", paramLabel = "DIR", description = "data folder, for rapport.properties "
            + "(default: ${DEFAULT-VALUE})", defaultValue = "sample-data")
    Path data;

    @Option(names = "--as", paramLabel = "KIND", description = "read the named files as this kind of file: "
            + "${COMPLETION-CANDIDATES} (default: from the name, as an import does: referrals.csv is the referral "
            + "log, a file in contacts/ or of any other name a contact export)")
    Kind as;

    /** The kinds of file, as a user names them. */
    enum Kind { contacts, interactions, referrals, events, spotlights, merges }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Inspector inspector = new Inspector(new Layouts(Settings.load(data).columnMappings()));
        boolean anyRefused = false;
        for (Map.Entry<String, Path> file : chosen().entrySet()) {
            InputKind kind = as == null ? DataFolderImporter.kindOf(file.getKey())
                    : InputKind.valueOf(as.name().toUpperCase(Locale.ROOT));
            String name = kind == InputKind.CONTACTS || !file.getKey().startsWith("contacts/") ? file.getKey()
                    : file.getKey().substring("contacts/".length());
            // A link in the data folder to a file elsewhere is refused by name, as the import refuses it.
            Optional<String> outside = inData(file.getValue())
                    ? DataFolderFile.refusal(data, file.getValue()) : Optional.empty();
            Inspector.Inspection inspection = outside.isPresent()
                    ? Inspector.refused(name, kind, file.getKey() + ": " + outside.get())
                    : inspector.inspect(file.getValue(), name, kind);
            inspection.lines().forEach(out::println);
            out.println();
            anyRefused |= inspection.refused();
        }
        out.flush();
        return anyRefused ? ExitCode.INPUT_REFUSED : ExitCode.OK;
    }

    /** The files named (as given, or inside the data folder), or every input of the data folder. */
    private Map<String, Path> chosen() {
        if (files.isEmpty()) {
            if (!Files.isDirectory(data)) {
                throw new RapportException(RapportException.Problem.MISSING_INPUT, "data folder " + data
                        + " does not exist");
            }
            return DataFolderImporter.inputs(data);
        }
        Map<String, Path> chosen = new LinkedHashMap<>();
        for (Path file : files) {
            Path path = Files.isRegularFile(file) || file.isAbsolute() ? file : data.resolve(file);
            if (!Files.isRegularFile(path)) {
                throw new RapportException(RapportException.Problem.MISSING_INPUT, file + ": no such file (nor in "
                        + data + ")");
            }
            chosen.put(nameOf(path), path);
        }
        return chosen;
    }

    private boolean inData(Path file) {
        return file.toAbsolutePath().normalize().startsWith(data.toAbsolutePath().normalize());
    }

    /** The file's name as an import names it: contacts/ for a contact export, the file name for an activity log. */
    private static String nameOf(Path path) {
        String file = path.getFileName().toString();
        return DataFolderImporter.kindOf(file) == InputKind.CONTACTS ? "contacts/" + file : file;
    }
}
