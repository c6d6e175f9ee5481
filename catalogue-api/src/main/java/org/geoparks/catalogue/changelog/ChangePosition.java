package org.geoparks.catalogue.changelog;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Where a reader stands in the change log: the database snapshot at which it last read. Every
 * change whose transaction that snapshot saw as committed has been read; the changes still to
 * come are those of the transactions it saw {@code running} and of every transaction from
 * {@code xmax} on. Written like PostgreSQL writes a {@code pg_snapshot}: {@code xmin:xmax:xip,…}.
 *
 * <p>Sequence numbers cannot be a position: they are handed out before commit, so a transaction
 * that started early can commit a smaller number after a reader has passed it.
 */
public record ChangePosition(long xmin, long xmax, List<Long> running) {

    public ChangePosition {
        running = List.copyOf(running);
        if (xmin > xmax || running.stream().anyMatch(x -> x < xmin || x >= xmax)) {
            throw new IllegalArgumentException("not a snapshot: " + xmin + ":" + xmax + ":" + running);
        }
    }

    /** Parses the text form ({@code 740:745:741,743}). */
    public static ChangePosition parse(String snapshot) {
        String[] parts = snapshot.trim().split(":", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a snapshot: " + snapshot);
        }
        List<Long> running = parts[2].isEmpty() ? List.of()
                : Arrays.stream(parts[2].split(",")).map(Long::parseLong).toList();
        return new ChangePosition(Long.parseLong(parts[0]), Long.parseLong(parts[1]), running);
    }

    /** The running transactions as a SQL array literal of xid8. */
    String runningArray() {
        return running.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }

    @Override
    public String toString() {
        return xmin + ":" + xmax + ":" + running.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
