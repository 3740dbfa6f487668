package io.streampulse.refresh.rebuild;

import io.streampulse.contracts.stream.LiveStreamUpdated;
import java.util.Map;

/** Reads one partition of the compacted twitch.streams.live.v1 from its beginning to its current end. */
public interface LiveTopicReader {

    /** The latest live state of every broadcaster of the partition whose last record is not a tombstone. */
    Map<String, LiveStreamUpdated> liveStreams(int partition);
}
