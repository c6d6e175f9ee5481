package org.geoparks.importer.run;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.geoparks.catalogue.park.ParkService;
import org.geoparks.catalogue.provenance.ImportOptions;
import org.geoparks.catalogue.provenance.ImportRejectedException;
import org.geoparks.catalogue.support.InvalidRecordException;
import org.geoparks.importer.crs.Reprojector;
import org.geoparks.importer.crs.SourceCrs;
import org.geoparks.importer.layer.ImportContext;
import org.geoparks.importer.layer.LayerTarget;
import org.geoparks.importer.layer.WrittenRecord;
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

    /** Records are written in batches; the persistence context is emptied after each, so memory stays flat. */
    private static final int BATCH = 500;

    private final Formats formats;
    private final Reprojector reprojector;
    private final Map<String, LayerTarget> targets;
    private final ParkService parks;
    private final EntityManager entities;
    private final TransactionTemplate transactions;

    public ImportJob(Formats formats, Reprojector reprojector, List<LayerTarget> targets, ParkService parks,
                     EntityManager entities, PlatformTransactionManager transactionManager) {
        this.formats = formats;
        this.reprojector = reprojector;
        this.targets = targets.stream().collect(Collectors.toMap(LayerTarget::layer, Function.identity()));
        this.parks = parks;
        this.entities = entities;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    public List<String> layers() {
        return targets.keySet().stream().sorted().toList();
    }

    public ImportReport run(ImportRequest request) {
        LayerMapping mapping = request.mapping() != null ? request.mapping() : LayerMapping.identity(request.layer());
        String layer = request.layer() != null ? request.layer() : mapping.layer();
        ImportReport report = new ImportReport(request.file().getFileName().toString(), layer);
        long started = System.nanoTime();
        try {
            LayerTarget target = target(layer);
            FileFormat format = formats.forFile(request.file(), null);
            ImportReport.Result result = transactions.execute(status -> {
                // The tables grow by thousands of rows inside this one transaction, so a generic plan
                // cached while they were small (a sequential scan) would be reused for every later
                // batch lookup; plan each statement for the table as it is now.
                entities.createNativeQuery("SET LOCAL plan_cache_mode = force_custom_plan").executeUpdate();
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
        LayerTarget target = targets.get(layer);
        if (target == null) {
            throw new IllegalArgumentException("there is no layer '" + layer + "'; layers: " + layers());
        }
        return target;
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

    /**
     * Writes a batch: what the catalogue already holds of it is read in one go, the records are
     * written, and the persistence context is flushed and emptied so that memory stays flat.
     */
    private void writeBatch(List<MappedRecord> batch, LayerTarget target, ImportContext context, ImportReport report) {
        if (batch.isEmpty()) {
            return;
        }
        target.prefetch(batch, context);
        for (MappedRecord record : batch) {
            String label = record.id() != null ? record.id() : record.feature().label();
            try {
                for (WrittenRecord written : target.write(record, context)) {
                    report.count(written.id(), written.outcome());
                }
            } catch (InvalidRecordException e) {
                report.reject(new Rejection(label, e.field(), e.problem()));
            } catch (ImportRejectedException e) {
                report.reject(new Rejection(label, null, e.getMessage()));
            }
        }
        entities.flush();
        entities.clear();
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
            if (!"parks".equals(target.layer())) {
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
