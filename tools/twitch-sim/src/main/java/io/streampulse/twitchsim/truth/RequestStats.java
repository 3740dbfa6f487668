package io.streampulse.twitchsim.truth;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** What the Helix API actually served: request counts, 401/429/5xx, per endpoint, and points used per minute. */
public final class RequestStats {
    private static final int MINUTES_KEPT = 60;

    private final LongAdder requests = new LongAdder();
    private final LongAdder unauthorized = new LongAdder();
    private final LongAdder rateLimited = new LongAdder();
    private final LongAdder injected5xx = new LongAdder();
    private final Map<String, LongAdder> perEndpoint = new ConcurrentHashMap<>();
    private final Map<Long, AtomicLong> pointsPerMinute = new ConcurrentHashMap<>();

    public void request(String endpoint) {
        requests.increment();
        perEndpoint.computeIfAbsent(endpoint, e -> new LongAdder()).increment();
    }

    public void pointsUsed(int points) {
        long minute = System.currentTimeMillis() / 60_000;
        pointsPerMinute.computeIfAbsent(minute, m -> new AtomicLong()).addAndGet(points);
        if (pointsPerMinute.size() > MINUTES_KEPT) {
            pointsPerMinute.keySet().removeIf(m -> m < minute - MINUTES_KEPT);
        }
    }

    public void unauthorized() { unauthorized.increment(); }
    public void rateLimited() { rateLimited.increment(); }
    public void injected5xx() { injected5xx.increment(); }
    public long requests() { return requests.sum(); }
    public long rateLimitedCount() { return rateLimited.sum(); }
    public long injected5xxCount() { return injected5xx.sum(); }

    /** JSON-ready view; points_per_minute is keyed by the minute's start (Unix epoch seconds). */
    public Map<String, Object> snapshot() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("requests", requests.sum());
        view.put("unauthorized_401", unauthorized.sum());
        view.put("rate_limited_429", rateLimited.sum());
        view.put("injected_5xx", injected5xx.sum());
        Map<String, Long> endpoints = new TreeMap<>();
        perEndpoint.forEach((k, v) -> endpoints.put(k, v.sum()));
        view.put("per_endpoint", endpoints);
        Map<String, Long> points = new TreeMap<>();
        pointsPerMinute.forEach((minute, count) -> points.put(Long.toString(minute * 60), count.get()));
        view.put("points_per_minute", points);
        return view;
    }
}
