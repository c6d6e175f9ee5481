package org.geoparks.catalogue.provenance;

import org.geoparks.catalogue.support.InvalidRecordException;

/**
 * What importing one draft of a batch did: its outcome, or why it was refused.
 *
 * @param id      the record's catalogue id (its external id when it has none yet)
 * @param outcome what happened, or null when the draft was refused
 * @param refusal why it was refused: an {@link InvalidRecordException} (a rule of the layer) or an
 *                {@link ImportRejectedException} (a clash with another record); null when written
 */
public record ImportResult(String id, ImportOutcome outcome, RuntimeException refusal) {

    static ImportResult done(String id, ImportOutcome outcome) {
        return new ImportResult(id, outcome, null);
    }

    public static ImportResult refused(String id, RuntimeException refusal) {
        return new ImportResult(id, null, refusal);
    }

    public boolean isRefused() {
        return refusal != null;
    }

    /** The field at fault, if a rule of a field was broken. */
    public String field() {
        return refusal instanceof InvalidRecordException invalid ? invalid.field() : null;
    }

    /** Why the draft was refused, without the field's name. */
    public String problem() {
        return refusal instanceof InvalidRecordException invalid ? invalid.problem() : refusal == null ? null : refusal.getMessage();
    }
}
