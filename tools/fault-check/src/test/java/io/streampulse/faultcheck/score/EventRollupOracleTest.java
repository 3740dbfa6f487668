package io.streampulse.faultcheck.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventRollupOracleTest {

    private static final Instant NOON = Instant.parse("2026-03-02T12:00:00Z");

    @Test
    void recountsPerChannelTypeAndUtcDayWithBitsAndTiers() {
        // Given cheers, subscriptions, a resub and a gift of 5 across two days
        List<ArchivedEvent> events = List.of(
                new ArchivedEvent("1", "b1", "channel.cheer", 100, null, NOON),
                new ArchivedEvent("2", "b1", "channel.cheer", 50, null, NOON.plusSeconds(60)),
                new ArchivedEvent("3", "b1", "channel.subscribe", null, "1000", NOON),
                new ArchivedEvent("4", "b1", "channel.subscription.message", 7, "2000", NOON),
                new ArchivedEvent("5", "b1", "channel.subscription.gift", 5, "1000", NOON),
                new ArchivedEvent("6", "b1", "channel.cheer", 10, null, NOON.plusSeconds(13 * 3600)));

        // When
        Map<String, EventTally> recount = EventRollupOracle.recount(events);

        // Then
        assertThat(recount).isEqualTo(Map.of(
                "b1|channel.cheer|2026-03-02", new EventTally(2, 150, Map.of()),
                "b1|channel.cheer|2026-03-03", new EventTally(1, 10, Map.of()),
                "b1|channel.subscribe|2026-03-02", new EventTally(1, 0, Map.of("1000", 1L)),
                "b1|channel.subscription.message|2026-03-02", new EventTally(1, 0, Map.of("2000", 1L)),
                "b1|channel.subscription.gift|2026-03-02", new EventTally(1, 0, Map.of("1000", 5L))));
    }

    @Test
    void aDoubleCountedRedeliveryShowsAsADifference() {
        // Given archive holds one follow and the aggregator counted it twice
        Map<String, EventTally> recount = EventRollupOracle.recount(List.of(
                new ArchivedEvent("1", "b1", "channel.follow", null, null, NOON)));
        Map<String, EventTally> aggregated = Map.of("b1|channel.follow|2026-03-02", new EventTally(2, 0, Map.of()));

        // When
        TableDiff diff = EventRollupOracle.compare(recount, aggregated);

        // Then
        assertThat(diff.equal()).isFalse();
        assertThat(diff.different()).containsExactly("b1|channel.follow|2026-03-02: expected "
                + "EventTally[count=1, bits=0, tiers={}], got EventTally[count=2, bits=0, tiers={}]");
    }
}
