package io.streampulse.simfeed.feed;

import io.streampulse.contracts.stream.StreamObserved;
import io.streampulse.twitch.helix.HelixStream;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Follows the feed's cycles: the ground-truth recorder and progress reporting. */
public interface StepListener {

    /** The sim clock stands at {@code at} (the start, or just advanced one step); the feed has not observed yet. */
    void at(Instant at);

    /**
     * Every live stream Helix answered in the cycle at {@code at} (the discovery sweep and the refresh calls; the
     * world stands still during a cycle, so all show it at the same instant), before the records are published.
     */
    default void answered(Instant at, Collection<HelixStream> streams) {
    }

    /** The observations the cycle at {@code at} published (LIVE and ABSENT), once they are sent. */
    default void published(Instant at, List<StreamObserved> observations) {
    }

    /** What the cycle at {@code report.at()} published. */
    default void cycled(StepReport report) {
    }
}
