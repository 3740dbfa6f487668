package io.streampulse.contracts.stream;

/** Why archive closed a session. */
public enum EndReason {
    /** EventSub stream.offline arrived. */
    OFFLINE_EVENT,
    /** The broadcaster went live with a new stream id. */
    NEW_STREAM,
    /**
     * The stream stayed ABSENT for longer than the grace period (two ABSENT observations spanning 2 minutes by
     * default), or it was not observed at all for archive's unobserved grace (10 minutes by default: refresh let it
     * go). Either way the session ends at its last LIVE observation.
     */
    ABSENT_GRACE
}
