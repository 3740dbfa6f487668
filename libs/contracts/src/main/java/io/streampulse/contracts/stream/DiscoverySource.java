package io.streampulse.contracts.stream;

/** How a stream was discovered. */
public enum DiscoverySource {
    /** A paginated Helix Get Streams sweep. */
    SWEEP,
    /** An EventSub stream.online notification. */
    EVENTSUB,
    /** Another system feeding twitch.streams.discovered.v1. */
    EXTERNAL
}
