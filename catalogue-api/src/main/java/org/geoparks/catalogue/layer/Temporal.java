package org.geoparks.catalogue.layer;

/**
 * How long a time-bound layer's records are in force.
 *
 * @param fromColumn   when a record comes into force
 * @param untilColumn  when it stops (exclusive); null in the column for no known end
 * @param statusColumn the record's status, or null
 * @param endedStatus  the status of a record that is no longer in force whatever its dates say
 *                     (a resolved hazard), or null
 */
public record Temporal(String fromColumn, String untilColumn, String statusColumn, String endedStatus) {
}
