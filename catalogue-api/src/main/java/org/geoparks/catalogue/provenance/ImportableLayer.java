package org.geoparks.catalogue.provenance;

import java.util.List;
import org.geoparks.catalogue.layer.LayerDeclaration;
import org.geoparks.catalogue.support.InvalidRecordException;
import org.springframework.transaction.annotation.Transactional;

/**
 * A layer that takes records from imports: its declaration (which says how a source record is read
 * into drafts) and the service that writes them, with that layer's rules, the audit log and the
 * change log. The importer knows layers only through this.
 */
public interface ImportableLayer<D> {

    LayerDeclaration<D> declaration();

    /**
     * Writes a batch in the caller's transaction: each draft is inserted, updated, left unchanged
     * or kept as a conflict, or refused with the reason (a refusal does not undo the others). The
     * results are in the batch's order. The batch's records are read in a few queries, and the
     * persistence context is emptied after it, so that memory stays flat however large the import.
     */
    List<ImportResult> importBatch(List<KeyedDraft<D>> batch, ImportOptions options);

    /** Imports one draft; a refusal is thrown ({@link InvalidRecordException} or {@link ImportRejectedException}). */
    @Transactional(noRollbackFor = {InvalidRecordException.class, ImportRejectedException.class})
    default ImportOutcome importOne(ImportKey key, D draft, ImportOptions options) {
        ImportResult result = importBatch(List.of(new KeyedDraft<>(key, draft)), options).get(0);
        if (result.isRefused()) {
            throw result.refusal();
        }
        return result.outcome();
    }
}
