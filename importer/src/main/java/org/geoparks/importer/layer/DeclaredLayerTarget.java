package org.geoparks.importer.layer;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.geoparks.catalogue.layer.LayerDeclaration;
import org.geoparks.catalogue.layer.SourcedDraft;
import org.geoparks.catalogue.provenance.ImportResult;
import org.geoparks.catalogue.provenance.ImportableLayer;
import org.geoparks.catalogue.provenance.KeyedDraft;
import org.geoparks.catalogue.support.InvalidRecordException;
import org.geoparks.importer.mapping.MappedRecord;

/**
 * The target of a layer that declares how its records are read ({@link LayerDeclaration#reader()}):
 * the one implementation, so that no layer's fields are listed in the importer.
 */
final class DeclaredLayerTarget<D> implements LayerTarget {

    private final ImportableLayer<D> layer;
    private final ObjectMapper json;

    DeclaredLayerTarget(ImportableLayer<D> layer, ObjectMapper json) {
        this.layer = layer;
        this.json = json;
    }

    @Override
    public String layer() {
        return layer.declaration().name();
    }

    @Override
    public Set<String> names() {
        Set<String> names = new LinkedHashSet<>();
        names.add(layer());
        names.addAll(layer.declaration().aliases());
        return names;
    }

    @Override
    public Set<String> fields() {
        Set<String> fields = new LinkedHashSet<>();
        layer.declaration().importedFields().forEach(f -> fields.add(f.importColumn()));
        return fields;
    }

    @Override
    public boolean needsGeometry() {
        return layer.declaration().geometry() != null && layer.declaration().geometry().required();
    }

    @Override
    public List<ImportResult> write(List<MappedRecord> batch, ImportContext context) {
        List<ImportResult> results = new ArrayList<>();
        List<KeyedDraft<D>> drafts = new ArrayList<>();
        for (MappedRecord record : batch) {
            try {
                for (SourcedDraft<D> sourced : layer.declaration().reader().read(new MappedValues(record, context, json))) {
                    drafts.add(new KeyedDraft<>(context.keyOf(sourced.externalId()), sourced.draft()));
                }
            } catch (InvalidRecordException e) {
                results.add(ImportResult.refused(label(record), e));
            }
        }
        if (!drafts.isEmpty()) {
            results.addAll(layer.importBatch(drafts, context.options()));
        }
        return results;
    }

    private static String label(MappedRecord record) {
        return record.id() != null ? record.id() : record.feature().label();
    }
}
