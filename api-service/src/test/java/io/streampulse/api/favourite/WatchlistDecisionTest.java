package io.streampulse.api.favourite;

import static org.assertj.core.api.Assertions.assertThat;

import io.streampulse.contracts.event.SchemaVersion;
import io.streampulse.contracts.examples.ContractExamples;
import io.streampulse.contracts.topic.Topics;
import io.streampulse.contracts.watchlist.ChannelWatched;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What twitch.watchlist.v1 says about a channel, from who watches it. */
class WatchlistDecisionTest {

    private static final Instant NOW = Instant.parse("2021-03-10T12:00:00Z");

    @Test
    void aChannelSomeoneFavouritesIsWatchedWithItsNumberOfWatchers() {
        // Given a channel that three users have as their favourite, whose broadcaster granted nothing
        WatchState state = new WatchState("1337", "cool_user", 3, false);

        // When the decision is made
        Optional<ChannelWatched> record = WatchlistDecision.of(state, NOW);

        // Then the channel is watched by three, without the authorized events
        assertThat(record).get().usingRecursiveComparison().ignoringFields("eventId").isEqualTo(
            new ChannelWatched("ignored", NOW, SchemaVersion.CURRENT, "1337", "cool_user", 3, false));
    }

    @Test
    void aChannelWhoseBroadcasterGrantedAsksForTheAuthorizedEvents() {
        // Given the broadcaster granted the channel scopes (and counts as a watcher of their own channel)
        WatchState state = new WatchState("1337", "cool_user", 3, true);

        // When the decision is made
        ChannelWatched record = WatchlistDecision.of(state, NOW).orElseThrow();

        // Then it is the contract's example record (same fields, same meaning) but for its event id
        ChannelWatched example = ContractExamples.read(Topics.WATCHLIST, "watched");
        assertThat(record).usingRecursiveComparison().ignoringFields("eventId").isEqualTo(example);
    }

    @Test
    void aChannelNobodyWatchesAnyMoreIsATombstone() {
        // Given nobody has the channel as favourite and its broadcaster has no grant
        WatchState state = new WatchState("1337", "cool_user", 0, false);

        // Then the decision is a tombstone (empty)
        assertThat(WatchlistDecision.of(state, NOW)).isEmpty();
    }

    @Test
    void everyPublicationHasItsOwnEventId() {
        WatchState state = new WatchState("1337", "cool_user", 1, false);
        assertThat(WatchlistDecision.of(state, NOW).orElseThrow().eventId())
            .isNotEqualTo(WatchlistDecision.of(state, NOW).orElseThrow().eventId());
    }
}
