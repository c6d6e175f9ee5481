package org.geoparks.catalogue.changelog;

/**
 * A reader's place in the change log: the last (transaction id, sequence number) it has seen.
 * Entries are ordered by transaction first, because sequence numbers are handed out before
 * commit and so do not follow commit order.
 */
public record ChangePosition(long txid, long seq) implements Comparable<ChangePosition> {

    public static final ChangePosition START = new ChangePosition(0, 0);

    @Override
    public int compareTo(ChangePosition other) {
        int byTx = Long.compareUnsigned(txid, other.txid);
        return byTx != 0 ? byTx : Long.compare(seq, other.seq);
    }
}
