package org.geoparks.catalogue.layer;

import java.util.List;
import java.util.function.Function;

/** Reads a layer's drafts from the values of one source record: the layer's import mapping. */
@FunctionalInterface
public interface DraftReader<D> {

    List<SourcedDraft<D>> read(FieldValues values);

    /** One draft per source record, keyed by the record's own id. */
    static <D> DraftReader<D> single(Function<FieldValues, D> reader) {
        return values -> List.of(new SourcedDraft<>(values.externalId(), reader.apply(values)));
    }
}
