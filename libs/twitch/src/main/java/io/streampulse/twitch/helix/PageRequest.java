package io.streampulse.twitch.helix;

/**
 * Paging parameters: {@code first} (null = Twitch's default) and at most one of {@code after}/{@code before}.
 */
public record PageRequest(Integer first, String after, String before) {

    public PageRequest {
        if (after != null && before != null) {
            throw new IllegalArgumentException("give after or before, not both");
        }
    }

    public static PageRequest firstPage() {
        return new PageRequest(null, null, null);
    }

    public static PageRequest of(int first) {
        return new PageRequest(first, null, null);
    }

    public PageRequest withAfter(String cursor) {
        return new PageRequest(first, cursor, null);
    }

    public PageRequest withBefore(String cursor) {
        return new PageRequest(first, null, cursor);
    }

    void requireFirstAtMost(int max) {
        if (first != null && (first < 1 || first > max)) {
            throw new IllegalArgumentException("first must be in [1, " + max + "]: " + first);
        }
    }
}
