package io.streampulse.ingest.sweep;

/**
 * Which replica sweeps which split in which cycle. A lease expires unless renewed, so the split of a replica that
 * died is taken by another; a finished split stays marked done for the rest of its cycle, so nobody sweeps it twice.
 */
public interface SplitLeases {

    /** True if this replica now holds the split for the cycle (nobody holds it and it is not done). */
    boolean tryAcquire(String cycle, String splitId);

    /** Extends this replica's lease; false if it lost the lease (expired and taken, or never held). */
    boolean renew(String cycle, String splitId);

    /** Marks the split done for the cycle (only if this replica holds it). */
    void complete(String cycle, String splitId);

    /** Gives the split up (failed sweep): another replica, or this one at its next poll, may take it. */
    void release(String cycle, String splitId);
}
