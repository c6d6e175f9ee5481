package org.geoparks.catalogue.provenance;

/**
 * What importing one draft of a batch did: its outcome, or why it was refused.
 *
 * @param id      the record's catalogue id (its external id when it has none yet)
 * @param outcome what happened, or null when the draft was refused
 * @param field   the field at fault when refused, if one is
 * @param problem why it was refused
 */
public record ImportResult(String id, ImportOutcome outcome, String field, String problem) {

    static ImportResult done(String id, ImportOutcome outcome) {
        return new ImportResult(id, outcome, null, null);
    }

    static ImportResult refused(String id, String field, String problem) {
        return new ImportResult(id, null, field, problem);
    }

    public boolean isRefused() {
        return outcome == null;
    }
}
