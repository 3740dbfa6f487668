package io.streampulse.contracts.stream;

/** Whether a requested stream was in the Helix Get Streams answer. */
public enum ObservationStatus {
    LIVE,
    /** Not in the answer: maybe ended, maybe a flap; never end a session on one absence. */
    ABSENT
}
