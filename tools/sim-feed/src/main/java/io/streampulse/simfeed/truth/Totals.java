package io.streampulse.simfeed.truth;

/** Time streamed and viewer-minutes credited to one key (a channel-day, a game-hour, a tag-day). */
public record Totals(long millis, double viewerMinutes) {

    public static final Totals ZERO = new Totals(0, 0);

    public Totals plus(long moreMillis, double moreViewerMinutes) {
        return new Totals(millis + moreMillis, viewerMinutes + moreViewerMinutes);
    }

    public double minutes() {
        return millis / 60_000.0;
    }
}
