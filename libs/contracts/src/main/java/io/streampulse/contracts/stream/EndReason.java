package io.streampulse.contracts.stream;

/** Why archive closed a session. */
public enum EndReason {
    /** EventSub stream.offline arrived. */
    OFFLINE_EVENT,
    /** The broadcaster went live with a new stream id. */
    NEW_STREAM,
    /** The stream stayed ABSENT for longer than the grace period. */
    ABSENT_GRACE
}
