package io.streampulse.twitchsim.world;

import java.time.Instant;
import java.util.List;

/**
 * Something that happened in the world during a tick (or through the control API). The EventSub dispatcher
 * turns these into notifications and the ground truth records sessions from them.
 * Channels and users are channel indexes; {@code -1} marks an anonymous user.
 */
public sealed interface WorldEvent {
    int broadcaster();

    Instant at();

    record StreamStarted(int broadcaster, long streamId, Instant at) implements WorldEvent { }

    record StreamEnded(int broadcaster, Session session, Instant at) implements WorldEvent { }

    record ChannelUpdated(int broadcaster, String title, String language, int game, List<String> labels, Instant at)
            implements WorldEvent { }

    record Raided(int broadcaster, int to, int viewers, Instant at) implements WorldEvent { }

    record Followed(int broadcaster, int user, Instant at) implements WorldEvent { }

    record Subscribed(int broadcaster, int user, String tier, boolean gift, Instant at) implements WorldEvent { }

    record SubscriptionsGifted(int broadcaster, int user, int total, String tier, Integer cumulativeTotal, Instant at)
            implements WorldEvent {
        public boolean anonymous() {
            return user < 0;
        }
    }

    record Resubscribed(int broadcaster, int user, String tier, String text, List<Emote> emotes, int cumulativeMonths,
                        Integer streakMonths, int durationMonths, Instant at) implements WorldEvent { }

    record Cheered(int broadcaster, int user, int bits, String message, Instant at) implements WorldEvent {
        public boolean anonymous() {
            return user < 0;
        }
    }

    /** An emote inside a resub message: character positions begin..end (inclusive) and the emote id. */
    record Emote(int begin, int end, String id) { }
}
