package io.streampulse.twitch.helix;

/** A category from {@code GET /games} or {@code GET /games/top}; {@code igdbId} is "" when unknown. */
public record HelixGame(String id, String name, String boxArtUrl, String igdbId) {
}
