package io.streampulse.api.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * Every list the API answers: {@code {"data": [...], "pagination": {"cursor": "..." | null}}}. A null cursor means
 * there is nothing after this page.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Page<T>(List<T> data, Pagination pagination) {

    public Page {
        data = List.copyOf(data);
    }

    public static <T> Page<T> of(List<T> data, String nextCursor) {
        return new Page<>(data, new Pagination(nextCursor));
    }

    /** A list that is complete in one answer. */
    public static <T> Page<T> complete(List<T> data) {
        return of(data, null);
    }

    /** Where the next page starts; null on the last page. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Pagination(String cursor) {
    }
}
