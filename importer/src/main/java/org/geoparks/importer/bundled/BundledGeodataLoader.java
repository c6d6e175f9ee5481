package org.geoparks.importer.bundled;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.geoparks.importer.mapping.LayerMapping;
import org.geoparks.importer.run.ImportJob;
import org.geoparks.importer.run.ImportReport;
import org.geoparks.importer.run.ImportRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * Loads the bundled dataset through the importer, file by file in manifest order. Idempotent: a
 * second load changes nothing, and never undoes what managers edited in the catalogue (those
 * records are reported as conflicts and kept).
 */
public class BundledGeodataLoader {

    private static final Logger log = LoggerFactory.getLogger(BundledGeodataLoader.class);
    public static final String ACTOR = "importer:bundled-geodata";

    private final ImportJob importer;

    public BundledGeodataLoader(ImportJob importer) {
        this.importer = importer;
    }

    /** Loads the dataset from {@code folder}, or from the classpath when null. */
    public List<ImportReport> load(Path folder) throws IOException {
        Path extracted = null;
        try {
            BundledGeodata data;
            if (folder != null) {
                data = BundledGeodata.fromFolder(folder);
            } else {
                extracted = Files.createTempDirectory("catalogue-geodata");
                data = BundledGeodata.fromClasspath(extracted);
            }
            List<ImportReport> reports = new ArrayList<>();
            for (BundledGeodata.Entry entry : data.entries()) {
                LayerMapping mapping = entry.mapping() == null ? null : LayerMapping.read(entry.mapping());
                ImportRequest request = new ImportRequest(entry.file(), entry.layer(), null, mapping, entry.source(), null,
                        null, null, false, false, false, false, java.util.Set.of(), ImportRequest.DEFAULT_MARGIN_KM, ACTOR);
                ImportReport report = importer.run(request);
                reports.add(report);
                if (report.getResult() != ImportReport.Result.COMMITTED) {
                    log.error("Bundled geodata could not be loaded:\n{}", report.toText());
                    throw new IllegalStateException("the bundled geodata file " + entry.file().getFileName()
                            + " was not loaded: " + (report.getFailure() != null ? report.getFailure() : report.getRejected() + " rejected records"));
                }
                if (!report.getConflicts().isEmpty()) {
                    log.warn("{}: kept {} record(s) edited in the catalogue since the last load: {}", report.getFile(),
                            report.getConflicts().size(), report.getConflicts());
                }
                log.info("{} → {}: read {}, inserted {}, updated {}, unchanged {}", report.getFile(), report.getLayer(),
                        report.getRead(), report.getInserted(), report.getUpdated(), report.getUnchanged());
            }
            return reports;
        } finally {
            if (extracted != null) {
                FileSystemUtils.deleteRecursively(extracted);
            }
        }
    }
}
