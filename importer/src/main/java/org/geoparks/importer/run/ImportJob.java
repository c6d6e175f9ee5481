package org.geoparks.importer.run;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.geoparks.catalogue.park.ParkLayer;
import org.geoparks.catalogue.park.ParkService;
import org.geoparks.catalogue.provenance.ImportOptions;
import org.geoparks.catalogue.provenance.ImportResult;
import org.geoparks.catalogue.support.InvalidRecordException;
import org.geoparks.importer.crs.Reprojector;
import org.geoparks.importer.crs.SourceCrs;
import org.geoparks.importer.layer.ImportContext;
import org.geoparks.importer.layer.LayerTarget;
import org.geoparks.importer.layer.LayerTargets;
import org.geoparks.importer.mapping.LayerMapping;
import org.geoparks.importer.mapping.MappedRecord;
import org.geoparks.importer.source.FeatureReader;
import org.geoparks.importer.source.FileFormat;
import org.geoparks.importer.source.Formats;
import org.geoparks.importer.source.ReadOptions;
import org.geoparks.importer.source.SourceFeature;
import org.geoparks.importer.source.UnreadableFeatureException;
import org.geoparks.importer.source.UnreadableFileException;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports one file, all or nothing: reads it as a stream, reprojects, checks and maps every
 * record, and writes through the catalogue's services in one transaction that commits only when
 * no record was rejected (or {@code --skip-invalid} says to keep the valid ones) and it is not a
 * dry run. A crash or Ctrl-C mid-way leaves the catalogue as it was: the transaction never commits.
 */
@Service
public class ImportJob {

    /** Records are written in batches; the service empties its persistence context after each, so memory stays flat. */
    private static final int BATCH = 500;

    private final Formats formats;
    private final Reprojector reprojector;
    private final LayerTargets targets;
    private final ParkService parks;
    private final TransactionTemplate transactions;

    public ImportJob(Formats formats, Reprojector reprojector, LayerTargets targets, ParkService parks,
                     PlatformTransactionManager transactionManager) {
        this.formats = formats;
        this.reprojector = reprojector;
        this.targets = targets;
        this.parks = parks;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    public List<String> layers() {
        return targets.layers();
    }

    public ImportReport run(ImportRequest request) {
        LayerMapping mapping = request.mapping() != null ? request.mapping() : LayerMapping.identity(request.layer());
        String layer = request.layer() != null ? request.layer() : mapping.layer();
        ImportReport report = new ImportReport(request.file().getFileName().toString(), layer);
        long started = System.nanoTime();
        try {
            LayerTarget target = target(layer);
            FileFormat format = formats.forFile(request.file(), null);
            requireKnownFields(mapping, target);
            ImportReport.Result result = transactions.execute(status -> {
                importAll(request, mapping, target, format, report);
                boolean keep = !request.dryRun() && (report.getRejected() == 0 || request.skipInvalid());
                if (!keep) {
                    status.setRollbackOnly();
                }
                return request.dryRun() ? ImportReport.Result.DRY_RUN
                        : keep ? ImportReport.Result.COMMITTED : ImportReport.Result.ROLLED_BACK;
            });
            report.finish(result, null, Duration.ofNanos(System.nanoTime() - started));
        } catch (UnreadableFileException | LayerMapping.MappingException | IllegalArgumentException e) {
            report.finish(ImportReport.Result.FAILED, e.getMessage(), Duration.ofNanos(System.nanoTime() - started));
        } catch (RuntimeException e) {
            report.finish(ImportReport.Result.FAILED, "the catalogue refused the import: " + rootMessage(e),
                    Duration.ofNanos(System.nanoTime() - started));
        }
        return report;
    }

    private LayerTarget target(String layer) {
        if (layer == null) {
            throw new IllegalArgumentException("say which layer the file feeds (--layer, or 'layer:' in the mapping); layers: " + layers());
        }
        return targets.named(layer)
                .orElseThrow(() -> new IllegalArgumentException("there is no layer '" + layer + "'; layers: " + layers()));
    }

    /** A mapping that names a field the layer does not have is a mistake in the mapping: say so before reading anything. */
    private static void requireKnownFields(LayerMapping mapping, LayerTarget target) {
        Set<String> unknown = new TreeSet<>(mapping.fields().keySet());
        unknown.removeAll(target.fields());
        if (!unknown.isEmpty()) {
            throw new LayerMapping.MappingException("the mapping names " + unknown + ", which the layer '" + target.layer()
                    + "' does not have; its fields are " + target.fields());
        }
    }

    private void importAll(ImportRequest request, LayerMapping mapping, LayerTarget target, FileFormat format, ImportReport report) {
        ImportContext context = new ImportContext(request.source(), request.park(),
                new ImportOptions(request.actor(), request.overwriteAll(), request.overwrite()));
        CoordinateSanity sanity = new CoordinateSanity(parks, request.marginKm());
        try (FeatureReader reader = format.open(request.file(), new ReadOptions(request.sourceLayer(), request.encoding()))) {
            SourceCrs crs = request.sourceCrs() != null ? request.sourceCrs() : reader.declaredCrs().orElse(SourceCrs.CRS84);
            report.crs(reprojector.describe(crs));
            Progress progress = Progress.forConsole(report.getFile(), -1);
            List<MappedRecord> batch = new ArrayList<>(BATCH);
            while (true) {
                SourceFeature feature;
                try {
                    feature = reader.next();
                } catch (UnreadableFeatureException e) {
                    report.read();
                    report.reject(new Rejection(e.feature(), null, e.getMessage()));
                    continue;
                }
                if (feature == null) {
                    break;
                }
                report.read();
                MappedRecord record = prepare(feature, crs, mapping, target, context, sanity, request.repair(), report);
                if (record != null) {
                    batch.add(record);
                }
                progress.tick();
                if (batch.size() >= BATCH) {
                    writeBatch(batch, target, context, report);
                }
            }
            writeBatch(batch, target, context, report);
            progress.finish();
        } catch (IOException e) {
            throw new UnreadableFileException("cannot read " + request.file().getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** Writes a batch through the layer's service, which reads what it may update in one go. */
    private void writeBatch(List<MappedRecord> batch, LayerTarget target, ImportContext context, ImportReport report) {
        if (batch.isEmpty()) {
            return;
        }
        for (ImportResult result : target.write(batch, context)) {
            if (result.isRefused()) {
                report.reject(new Rejection(result.id(), result.field(), result.problem()));
            } else {
                report.count(result.id(), result.outcome());
            }
        }
        batch.clear();
    }

    /** Reprojects, checks and maps one feature; null (and a rejection in the report) when it cannot be imported. */
    private MappedRecord prepare(SourceFeature feature, SourceCrs crs, LayerMapping mapping, LayerTarget target, ImportContext context,
                                 CoordinateSanity sanity, boolean repair, ImportReport report) {
        String label = feature.label();
        try {
            Geometry geometry = feature.geometry();
            if (geometry == null && target.needsGeometry()) {
                throw new InvalidRecordException("geometry", "the record has no geometry");
            }
            if (geometry != null) {
                if (reprojector.isGeographic(crs)) {
                    CoordinateSanity.requireDegrees(geometry, reprojector.describe(crs));
                }
                geometry = valid(reprojector.toWgs84(geometry, crs), label, repair, report);
            }
            MappedRecord record = new MappedRecord(feature, mapping, geometry);
            label = record.id() != null ? record.id() : label;
            if (!ParkLayer.DECLARATION.name().equals(target.layer())) {
                String park = record.string("park") != null ? record.string("park") : context.defaultPark();
                sanity.requireInsidePark(geometry, park, record.string("outside_park") != null);
            }
            return record;
        } catch (InvalidRecordException e) {
            report.reject(new Rejection(label, e.field(), e.problem()));
            return null;
        }
    }

    /** Invalid geometries are rejected with the reason, or with --repair fixed and reported; never fixed silently. */
    private static Geometry valid(Geometry geometry, String label, boolean repair, ImportReport report) {
        IsValidOp validity = new IsValidOp(geometry);
        if (validity.isValid()) {
            return geometry;
        }
        String reason = validity.getValidationError().getMessage() + " near ("
                + validity.getValidationError().getCoordinate().x + ", " + validity.getValidationError().getCoordinate().y + ")";
        if (!repair) {
            throw new InvalidRecordException("geometry", "invalid geometry: " + reason + "; fix it in the source, or import with --repair");
        }
        Geometry fixed = GeometryFixer.fix(geometry);
        if (fixed.isEmpty()) {
            throw new InvalidRecordException("geometry", "invalid geometry that cannot be repaired: " + reason);
        }
        fixed.setSRID(geometry.getSRID());
        report.repaired(label, reason + " → repaired as a valid " + fixed.getGeometryType());
        return fixed;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
