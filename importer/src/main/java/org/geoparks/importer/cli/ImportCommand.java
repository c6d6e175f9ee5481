package org.geoparks.importer.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.geoparks.catalogue.CatalogueApplication;
import org.geoparks.importer.crs.SourceCrs;
import org.geoparks.importer.mapping.LayerMapping;
import org.geoparks.importer.run.ImportJob;
import org.geoparks.importer.run.ImportReport;
import org.geoparks.importer.run.ImportRequest;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./catalogue import FILE …}: one file into the catalogue, with a report. */
@Command(name = "catalogue import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Imports an agency's file (GeoJSON, GeoPackage, Shapefile, CSV, GPX, KML/KMZ) into the catalogue.",
                "All or nothing: a rejected record rolls the whole file back unless --skip-invalid.",
                "Re-importing the same file changes nothing; records edited in the catalogue since are kept (conflicts)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:imported (or dry run passed)", "1:nothing written: rejected records or a failure", "2:wrong arguments"})
public class ImportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "the file to import")
    Path file;

    @Option(names = "--layer", description = "the catalogue layer: parks, places, routes, hazards, signs, partners, intangible, narrations")
    String layer;

    @Option(names = "--mapping", paramLabel = "M.yaml", description = "how the file's attributes map to catalogue fields (docs/importing.md)")
    Path mapping;

    @Option(names = "--source-crs", paramLabel = "EPSG:N", description = "the file's CRS when it does not say (e.g. EPSG:3405 for VN-2000 / UTM 48N)")
    String sourceCrs;

    @Option(names = "--park", paramLabel = "ID", description = "the park of records that do not name one, e.g. non-nuoc-cao-bang")
    String park;

    @Option(names = "--source-layer", paramLabel = "NAME", description = "the layer inside a GeoPackage or KML with several")
    String sourceLayer;

    @Option(names = "--encoding", paramLabel = "CHARSET", description = "text encoding when the file does not say (Shapefile without .cpg, CSV): UTF-8, windows-1258, TCVN3…")
    String encoding;

    @Option(names = "--source", paramLabel = "KEY", description = "the dataset key that makes re-imports idempotent (default: the file's name)")
    String source;

    @Option(names = "--dry-run", description = "do everything but commit")
    boolean dryRun;

    @Option(names = "--repair", description = "repair invalid geometries (each repair is reported) instead of rejecting them")
    boolean repair;

    @Option(names = "--skip-invalid", description = "commit the valid records even when some are rejected")
    boolean skipInvalid;

    @Option(names = "--overwrite", paramLabel = "ID", description = "replace this record even though it was edited in the catalogue (repeatable)")
    List<String> overwrite = List.of();

    @Option(names = "--overwrite-all", description = "replace every record edited in the catalogue since the last import")
    boolean overwriteAll;

    @Option(names = "--margin-km", paramLabel = "KM", description = "how far outside its park a record may lie (default ${DEFAULT-VALUE})")
    double marginKm = ImportRequest.DEFAULT_MARGIN_KM;

    @Option(names = "--report", paramLabel = "out.json", description = "also write the report as JSON")
    Path reportFile;

    @Option(names = "--actor", description = "who imports, for the audit log (default: importer:<your user name>)")
    String actor;

    public static void main(String[] args) {
        System.exit(new CommandLine(new ImportCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        ImportRequest request;
        try {
            request = request();
        } catch (IllegalArgumentException | LayerMapping.MappingException e) {
            System.err.println("catalogue import: " + e.getMessage());
            return 2;
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CatalogueApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties("catalogue.geodata.load-on-start=false", "logging.level.root=warn", "logging.level.org.geoparks=info",
                        "catalogue.change-log.follow=false")
                .run()) {
            ImportReport report = runTellingWhatCtrlCDoes(context.getBean(ImportJob.class), request);
            System.out.print(report.toText());
            if (reportFile != null) {
                ObjectMapper json = context.getBean(ObjectMapper.class).copy().enable(SerializationFeature.INDENT_OUTPUT);
                Files.writeString(reportFile, json.writeValueAsString(report));
            }
            return switch (report.getResult()) {
                case COMMITTED, DRY_RUN -> report.getRejected() > 0 && !request.skipInvalid() ? 1 : 0;
                case ROLLED_BACK, FAILED -> 1;
            };
        }
    }

    /**
     * Runs the import; if the JVM is stopped meanwhile (Ctrl-C, SIGTERM), says what that left: the
     * import's one transaction never committed, so the catalogue is as it was.
     */
    private ImportReport runTellingWhatCtrlCDoes(ImportJob job, ImportRequest request) {
        Thread interrupted = new Thread(() -> System.err.println("catalogue import: interrupted before the end of " + file.getFileName()
                + ". An import commits only after its whole file, so nothing of it was written; importing it again is safe."));
        Runtime.getRuntime().addShutdownHook(interrupted);
        try {
            return job.run(request);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(interrupted);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook runs
            }
        }
    }

    private ImportRequest request() throws java.io.IOException {
        if (!Files.exists(file)) {
            throw new IllegalArgumentException(file + " does not exist");
        }
        LayerMapping layerMapping = mapping == null ? null : LayerMapping.read(mapping);
        Charset charset = encoding == null ? null : TextEncodings.forName(encoding);
        SourceCrs crs = sourceCrs == null ? null : SourceCrs.parse(sourceCrs);
        String who = actor != null ? actor : "importer:" + System.getProperty("user.name", "unknown");
        return new ImportRequest(file.toAbsolutePath(), layer, sourceLayer, layerMapping,
                source != null ? source : file.getFileName().toString(), crs, park, charset, dryRun, repair, skipInvalid,
                overwriteAll, new LinkedHashSet<>(overwrite), marginKm, who);
    }
}
