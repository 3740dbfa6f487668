package io.streampulse.twitchsim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.streampulse.twitchsim.truth.SessionRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GroundTruthTest {

    @Test
    void liveSessionsAreExactlyWhatHelixServes() {
        try (TwitchSimulator sim = TwitchSimulator.start(TestSims.manual())) {
            sim.clock().advance(Duration.ofMinutes(30));
            HelixClient helix = HelixClient.app(sim);

            Map<String, JsonNode> served = new HashMap<>();
            String cursor = null;
            do {
                JsonNode page = helix.get("/streams?first=100" + (cursor == null ? "" : "&after=" + cursor)).json();
                page.get("data").forEach(s -> served.put(s.get("id").asText(), s));
                cursor = page.get("pagination").has("cursor") ? page.get("pagination").get("cursor").asText() : null;
            } while (cursor != null);

            List<SessionRecord> live = sim.groundTruth().liveSessions();
            assertThat(served.keySet()).isEqualTo(live.stream().map(SessionRecord::streamId).collect(Collectors.toSet()));
            for (SessionRecord session : live) {
                JsonNode stream = served.get(session.streamId());
                assertThat(stream.get("user_id").asText()).isEqualTo(session.broadcasterId());
                assertThat(stream.get("user_login").asText()).isEqualTo(session.login());
                assertThat(stream.get("viewer_count").asInt()).isEqualTo(session.viewers());
                assertThat(stream.get("started_at").asText()).isEqualTo(
                        io.streampulse.twitchsim.http.Times.seconds(session.startedAt()));
                assertThat(session.peakViewers()).isGreaterThanOrEqualTo(session.viewers());
            }
        }
    }

    @Test
    void anEndedSessionIntegratesViewerMinutesPerTick() {
        try (TwitchSimulator sim = TwitchSimulator.start(TestSims.manual())) {
            String broadcaster = io.streampulse.twitchsim.world.Ids.userId(11);
            sim.control().forceOffline(broadcaster);
            sim.control().forceOnline(broadcaster);
            String streamId = sim.groundTruth().liveSessions().stream()
                    .filter(s -> s.broadcasterId().equals(broadcaster)).findFirst().orElseThrow().streamId();
            sim.clock().advance(Duration.ofMinutes(10));
            SessionRecord live = sim.groundTruth().session(streamId).orElseThrow();

            sim.control().forceOffline(broadcaster);

            SessionRecord ended = sim.groundTruth().session(streamId).orElseThrow();
            double minutes = Duration.between(ended.startedAt(), ended.endedAt()).toMillis() / 60_000.0;
            assertThat(live.live()).isTrue();
            assertThat(ended.endedAt()).isEqualTo(sim.clock().now());
            assertThat(ended.viewerMinutes()).isEqualTo(live.viewerMinutes());
            assertThat(ended.averageViewers()).isCloseTo(ended.viewerMinutes() / minutes, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(ended.peakViewers()).isGreaterThanOrEqualTo((int) Math.floor(ended.averageViewers()));
            assertThat(sim.groundTruth().liveSessions()).noneMatch(s -> s.broadcasterId().equals(broadcaster));
        }
    }

    @Test
    void theTruthFileGetsOneLinePerSessionStartAndEnd(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("truth.jsonl");
        int initialLive;
        try (TwitchSimulator sim = TwitchSimulator.start(TestSims.manual().withGroundTruthFile(file))) {
            initialLive = sim.groundTruth().liveSessions().size();
            String broadcaster = sim.groundTruth().liveSessions().get(0).broadcasterId();
            sim.control().forceOffline(broadcaster);
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> Files.exists(file)
                    && Files.readAllLines(file).size() == initialLive + 1);
        }

        List<JsonNode> lines = Files.readAllLines(file).stream().map(OAuthFlowTest::json).toList();
        assertThat(lines).allMatch(l -> l.get("kind").asText().equals("session"));
        assertThat(lines.subList(0, initialLive)).allMatch(l -> l.get("ended_at").isNull());
        assertThat(lines.get(initialLive).get("ended_at").isNull()).isFalse();
    }
}
