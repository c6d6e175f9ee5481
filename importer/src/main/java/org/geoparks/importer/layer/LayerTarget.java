package org.geoparks.importer.layer;

import java.util.List;
import java.util.Set;
import org.geoparks.catalogue.provenance.ImportResult;
import org.geoparks.importer.mapping.MappedRecord;

/**
 * One catalogue layer the importer writes to (parks, places, routes…): reads mapped records into
 * the layer's drafts as the layer's declaration says, and hands them to the layer's service, so
 * that the service's rules, the audit log and the change log apply to imports as to every other
 * write.
 */
public interface LayerTarget {

    /** The layer's name in mappings, manifests and {@code --layer}: {@code places}. */
    String layer();

    /** Every name the layer answers to (its name and those of earlier versions). */
    Set<String> names();

    /** The fields a source record gives, by the names mappings use for them. */
    Set<String> fields();

    /** Whether records of this layer need a geometry. */
    boolean needsGeometry();

    /**
     * Writes a batch of source records in the caller's transaction. Each result is a catalogue
     * record written (most source records give one; a narration script one per language), or a
     * source record refused, labelled with its id in the file.
     */
    List<ImportResult> write(List<MappedRecord> batch, ImportContext context);
}
