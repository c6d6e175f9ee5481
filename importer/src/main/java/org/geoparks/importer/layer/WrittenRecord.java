package org.geoparks.importer.layer;

import org.geoparks.catalogue.provenance.ImportOutcome;

/** What happened to one catalogue record during an import. */
public record WrittenRecord(String id, ImportOutcome outcome) {
}
