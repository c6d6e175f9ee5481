package org.geoparks.catalogue.layer;

/**
 * How long a time-bound layer's records are in force. Whether a record is in force during an
 * interval is one rule, the database's {@code in_force_during} (migration V6), given these columns.
 *
 * @param fromColumn        when a record comes into force
 * @param untilColumn       when it stops (exclusive); null in the column for no known end
 * @param seasonStartColumn the first day of the yearly season it recurs in (MM-DD), or null in the column
 * @param seasonEndColumn   the last day of that season
 * @param statusColumn      the record's status, or null
 * @param endedStatus       the status of a record that is no longer in force whatever its dates say
 *                          (a resolved hazard), or null
 */
public record Temporal(String fromColumn, String untilColumn, String seasonStartColumn, String seasonEndColumn,
                       String statusColumn, String endedStatus) {

    /** The condition that record {@code t} is in force at some moment between the two SQL expressions (null for open). */
    public String inForceDuring(String start, String end) {
        return "in_force_during(t." + fromColumn + ", t." + untilColumn + ", t." + seasonStartColumn + ", t." + seasonEndColumn
                + ", " + start + ", " + end + ")";
    }
}
