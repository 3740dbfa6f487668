package io.streampulse.twitch.budget;

/**
 * Who is asking for Helix points. {@link #REFRESH} (re-checking known live streams) comes before
 * {@link #DISCOVERY} (sweeps that find new streams): see {@link RateBudget} for the exact rule.
 */
public enum Priority {
    REFRESH,
    DISCOVERY;

    /** Lower-case name used as a metric tag. */
    public String tag() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
