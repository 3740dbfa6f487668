package io.streampulse.twitchsim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.streampulse.twitchsim.truth.SessionRecord;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeterminismTest {

    @Test
    void theSameSeedAndClockStepsGiveTheSameWorld() {
        World first = run(TestSims.manual().withSeed(99));
        World second = run(TestSims.manual().withSeed(99));

        assertThat(second.streams()).isEqualTo(first.streams());
        assertThat(second.sessions()).isEqualTo(first.sessions());
        assertThat(first.sessions().stream().filter(s -> !s.live())).isNotEmpty();
    }

    @Test
    void anotherSeedGivesAnotherWorld() {
        World first = run(TestSims.manual().withSeed(99));
        World other = run(TestSims.manual().withSeed(100));

        assertThat(other.streams()).isNotEqualTo(first.streams());
    }

    private record World(List<JsonNode> streams, List<SessionRecord> sessions) { }

    private static World run(SimConfig config) {
        try (TwitchSimulator sim = TwitchSimulator.start(config)) {
            HelixClient helix = HelixClient.app(sim);
            for (int step = 0; step < 10; step++) {
                sim.clock().advance(Duration.ofSeconds(60));
            }
            sim.control().forceOnline(sim.control().userId(loginOfChannel(sim, 5)));
            sim.clock().advance(Duration.ofMinutes(5));
            List<JsonNode> streams = new ArrayList<>();
            String cursor = null;
            do {
                JsonNode page = helix.get("/streams?first=100" + (cursor == null ? "" : "&after=" + cursor)).json();
                page.get("data").forEach(streams::add);
                cursor = page.get("pagination").has("cursor") ? page.get("pagination").get("cursor").asText() : null;
            } while (cursor != null);
            return new World(streams, sim.groundTruth().sessions());
        }
    }

    private static String loginOfChannel(TwitchSimulator sim, int index) {
        return sim.control().login(io.streampulse.twitchsim.world.Ids.userId(index));
    }
}
