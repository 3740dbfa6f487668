package io.streampulse.api.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A session's expiry, and the cookie's Max-Age that follows it. */
class SessionLifetimeTest {

    private static final Instant OPENED = Instant.parse("2026-03-02T12:00:00Z");
    private final SessionLifetime lifetime = new SessionLifetime(Duration.ofDays(14));

    @Test
    void aSessionIsValidUntilItsTtlHasPassedAndNotAtThatInstant() {
        // Given a session opened now with a 14-day lifetime
        Instant expiresAt = lifetime.expiresAt(OPENED);

        // Then it expires 14 days later: valid a millisecond before, invalid at and after that instant
        assertThat(expiresAt).isEqualTo(Instant.parse("2026-03-16T12:00:00Z"));
        assertThat(SessionLifetime.isValid(expiresAt, OPENED)).isTrue();
        assertThat(SessionLifetime.isValid(expiresAt, expiresAt.minusMillis(1))).isTrue();
        assertThat(SessionLifetime.isValid(expiresAt, expiresAt)).isFalse();
        assertThat(SessionLifetime.isValid(expiresAt, expiresAt.plusSeconds(1))).isFalse();
    }

    @Test
    void theCookieLivesExactlyAsLongAsTheSessionAndNeverNegative() {
        // Given a session expiring in 14 days
        Instant expiresAt = lifetime.expiresAt(OPENED);

        // Then the cookie's Max-Age counts down to it, and stays at zero once it is past
        assertThat(SessionLifetime.cookieMaxAge(expiresAt, OPENED)).isEqualTo(Duration.ofDays(14));
        assertThat(SessionLifetime.cookieMaxAge(expiresAt, expiresAt.minusSeconds(60))).isEqualTo(Duration.ofMinutes(1));
        assertThat(SessionLifetime.cookieMaxAge(expiresAt, expiresAt.plusSeconds(60))).isEqualTo(Duration.ZERO);
    }

    @Test
    void aLifetimeMustBePositive() {
        assertThatThrownBy(() -> new SessionLifetime(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sessionTokensAreRandomAndOnlyWellFormedOnesAreLookedUp() {
        // When two tokens are made
        String one = SessionTokens.newToken();
        String two = SessionTokens.newToken();

        // Then they differ, are 256 bits in base64url, and only that shape counts as a token
        assertThat(one).isNotEqualTo(two);
        assertThat(SessionTokens.wellFormed(one)).isTrue();
        assertThat(SessionTokens.wellFormed("' OR 1=1 --")).isFalse();
        assertThat(SessionTokens.wellFormed(one + "x")).isFalse();
        assertThat(SessionTokens.wellFormed(null)).isFalse();
        assertThat(SessionTokens.hash(one)).hasSize(32).isNotEqualTo(SessionTokens.hash(two));
    }
}
