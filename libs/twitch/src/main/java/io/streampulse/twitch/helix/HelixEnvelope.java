package io.streampulse.twitch.helix;

import java.util.List;

/** Helix's response shape: {@code {data, pagination:{cursor}, total, total_cost, max_total_cost}}. */
record HelixEnvelope<T>(List<T> data, Pagination pagination, Integer total, Integer totalCost, Integer maxTotalCost) {

    String cursor() {
        return pagination == null ? null : pagination.cursor();
    }

    HelixPage<T> toPage() {
        return new HelixPage<>(data, cursor(), total);
    }

    record Pagination(String cursor) {
    }
}
