package io.streampulse.api.live;

import java.util.Map;

/**
 * How far the live index has read twitch.streams.live.v1: caught up once every partition reached the end offset
 * it had when the follower started (or at once, when the topic does not exist yet: there is nothing to read).
 */
record CatchUp(boolean caughtUp, boolean topicPresent, Map<Integer, Long> lag, String lastError) {

    static CatchUp starting() {
        return new CatchUp(false, false, Map.of(), "not connected to Kafka yet");
    }
}
