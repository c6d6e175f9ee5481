package org.geoparks.importer.run;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.geoparks.catalogue.provenance.ImportOutcome;

/**
 * What one import did: records read, inserted, updated, unchanged, in conflict, rejected — with
 * every rejection, conflict and repair named. Written as text for people and JSON for tools.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public final class ImportReport {

    public enum Result { COMMITTED, DRY_RUN, ROLLED_BACK, FAILED }

    private final String file;
    private final String layer;
    private String crs;
    private long read;
    private final Map<ImportOutcome, Long> outcomes = new EnumMap<>(ImportOutcome.class);
    private final List<Rejection> rejections = new ArrayList<>();
    private final List<String> conflicts = new ArrayList<>();
    private final List<String> overwritten = new ArrayList<>();
    private final List<String> repairs = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private Result result;
    private String failure;
    private Duration duration = Duration.ZERO;

    public ImportReport(String file, String layer) {
        this.file = file;
        this.layer = layer;
        for (ImportOutcome outcome : ImportOutcome.values()) {
            outcomes.put(outcome, 0L);
        }
    }

    void read() {
        read++;
    }

    void count(String id, ImportOutcome outcome) {
        outcomes.merge(outcome, 1L, Long::sum);
        if (outcome == ImportOutcome.CONFLICT) {
            conflicts.add(id);
        } else if (outcome == ImportOutcome.OVERWRITTEN) {
            overwritten.add(id);
        }
    }

    void reject(Rejection rejection) {
        rejections.add(rejection);
    }

    void repaired(String record, String what) {
        repairs.add(record + ": " + what);
    }

    void warn(String warning) {
        warnings.add(warning);
    }

    void crs(String description) {
        this.crs = description;
    }

    void finish(Result result, String failure, Duration duration) {
        this.result = result;
        this.failure = failure;
        this.duration = duration;
    }

    public String getFile() {
        return file;
    }

    public String getLayer() {
        return layer;
    }

    public String getCrs() {
        return crs;
    }

    public long getRead() {
        return read;
    }

    public long getInserted() {
        return outcomes.get(ImportOutcome.INSERTED);
    }

    public long getUpdated() {
        return outcomes.get(ImportOutcome.UPDATED) + outcomes.get(ImportOutcome.OVERWRITTEN);
    }

    public long getUnchanged() {
        return outcomes.get(ImportOutcome.UNCHANGED);
    }

    public long getRejected() {
        return rejections.size();
    }

    public List<Rejection> getRejections() {
        return rejections;
    }

    /** Records people edited since the last import, left as they are; {@code --overwrite ID} replaces one. */
    public List<String> getConflicts() {
        return conflicts;
    }

    public List<String> getOverwritten() {
        return overwritten;
    }

    public List<String> getRepairs() {
        return repairs;
    }

    public List<String> getWarnings() {
        return warnings;
    }

    public Result getResult() {
        return result;
    }

    public String getFailure() {
        return failure;
    }

    public double getSeconds() {
        return duration.toMillis() / 1000.0;
    }

    public boolean changedNothing() {
        return getInserted() == 0 && getUpdated() == 0;
    }

    /** The report as a park manager reads it. */
    public String toText() {
        StringBuilder out = new StringBuilder();
        out.append("Import of ").append(file).append(" into ").append(layer);
        if (crs != null) {
            out.append(" (from ").append(crs).append(')');
        }
        out.append('\n');
        out.append("  read %d · inserted %d · updated %d · unchanged %d · conflicts %d · rejected %d  (%.1f s)%n"
                .formatted(read, getInserted(), getUpdated(), getUnchanged(), conflicts.size(), rejections.size(), getSeconds()));
        switch (result) {
            case COMMITTED -> out.append(changedNothing() && rejections.isEmpty()
                    ? "  Nothing changed: the catalogue already holds this file.\n" : "  Committed.\n");
            case DRY_RUN -> out.append("  Dry run: nothing was written.\n");
            case ROLLED_BACK -> out.append("  Nothing was written: the file has rejected records (fix them, or use --skip-invalid).\n");
            case FAILED -> out.append("  Failed, nothing was written: ").append(failure).append('\n');
        }
        list(out, "Rejected", rejections.stream().map(Rejection::toString).toList());
        list(out, "Conflicts (edited in the catalogue since the last import; kept — --overwrite ID replaces one)", conflicts);
        list(out, "Overwritten", overwritten);
        list(out, "Repaired", repairs);
        list(out, "Warnings", warnings);
        return out.toString();
    }

    private static void list(StringBuilder out, String title, List<String> items) {
        if (!items.isEmpty()) {
            out.append("  ").append(title).append(":\n");
            items.forEach(item -> out.append("    - ").append(item).append('\n'));
        }
    }
}
