package io.streampulse.twitchsim.helix;

import io.streampulse.twitchsim.http.ApiError;
import io.streampulse.twitchsim.http.HttpCall;
import java.util.List;

/** Query parameter checks with Helix's 400 messages. */
public final class Params {
    private Params() {
    }

    /** All values of a repeated parameter; more than {@code max} is a 400. */
    public static List<String> repeated(HttpCall call, String name, int max) {
        List<String> values = call.queryAll(name);
        if (values.size() > max) {
            throw ApiError.helix(400, "The parameter \"" + name + "\" was malformed: the number of values must be less than or equal to " + max);
        }
        return values;
    }

    /** {@code first}: an integer in 1..max, default when absent. */
    public static int first(HttpCall call, int defaultValue, int max) {
        String raw = call.query("first");
        if (raw == null) {
            return defaultValue;
        }
        int value;
        try {
            value = Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw ApiError.helix(400, "The parameter \"first\" was malformed: the value must be an integer");
        }
        if (value < 1) {
            throw ApiError.helix(400, "The parameter \"first\" was malformed: the value must be greater than or equal to 1");
        }
        if (value > max) {
            throw ApiError.helix(400, "The parameter \"first\" was malformed: the value must be less than or equal to " + max);
        }
        return value;
    }

    public static String required(HttpCall call, String name) {
        String value = call.query(name);
        if (value == null || value.isEmpty()) {
            throw ApiError.helix(400, "Missing required parameter \"" + name + "\"");
        }
        return value;
    }

    /** One page of a list of {@code size} items: after/before cursors, "first" items. */
    public static Page page(HttpCall call, int first, int size) {
        String after = call.query("after");
        String before = call.query("before");
        if (after != null && !after.isEmpty()) {
            int start = Cursor.decode(after, true);
            return new Page(start, Math.min(size, start + first), size);
        }
        if (before != null && !before.isEmpty()) {
            int end = Math.min(size, Cursor.decode(before, false));
            return new Page(Math.max(0, end - first), end, size);
        }
        return new Page(0, Math.min(size, first), size);
    }

    /** Items [start, end) of a list of {@code size}; the cursor is null on the last page. */
    public record Page(int start, int end, int size) {
        public boolean isEmpty() {
            return end <= start;
        }

        public String cursor() {
            return end < size && !isEmpty() ? Cursor.encode(start, end) : null;
        }
    }
}
