package io.streampulse.bench.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * What the simulator's {@code GET /admin/stats} says about Helix at one moment: requests, 429s, Get Streams
 * calls. A request the simulator answered with anything but 429 took a point of the bucket.
 */
public record SimStats(long requests, long rateLimited, long streamsCalls, long liveNow) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static SimStats of(String simBaseUrl) {
        Http.Response r = Http.get(simBaseUrl + "/admin/stats");
        if (!r.ok()) {
            throw new IllegalStateException("simulator /admin/stats answered " + r.status() + ": " + r.body());
        }
        try {
            JsonNode stats = JSON.readTree(r.body());
            JsonNode helix = stats.path("helix");
            return new SimStats(helix.path("requests").asLong(), helix.path("rate_limited_429").asLong(),
                helix.path("per_endpoint").path("GET /streams").asLong(), stats.path("world").path("live").asLong());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Points used: requests that passed the rate limiter. */
    public long points() {
        return requests - rateLimited;
    }

    /** The counts from {@code earlier} to this one. */
    public SimStats since(SimStats earlier) {
        return new SimStats(requests - earlier.requests, rateLimited - earlier.rateLimited,
            streamsCalls - earlier.streamsCalls, liveNow);
    }
}
