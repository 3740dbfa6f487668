package io.streampulse.api.user;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.ServerCookieEncoder;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The session cookie's attributes over http and https, and when a request counts as https. */
class SessionCookiesTest {

    private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");

    @Test
    void overPlainHttpTheCookieIsHttpOnlyLaxAndNotSecure() {
        // When a session cookie is made for a request over plain http
        String header = encode(SessionCookies.session("tok", NOW.plusSeconds(3600), NOW, false));

        // Then scripts cannot read it, cross-site posts do not carry it, and it lives as long as the session
        assertThat(header).startsWith("sp_session=tok;").containsIgnoringCase("HttpOnly")
            .contains("SameSite=Lax", "Path=/", "Max-Age=3600").doesNotContain("Secure");
    }

    @Test
    void overHttpsTheCookieIsAlsoSecure() {
        // When a session cookie is made for a request over https
        String header = encode(SessionCookies.session("tok", NOW.plusSeconds(3600), NOW, true));

        // Then it is Secure as well
        assertThat(header).contains("Secure").containsIgnoringCase("HttpOnly").contains("SameSite=Lax");
    }

    @Test
    void aClearedCookieExpiresAtOnce() {
        // When the cookie is cleared (log out, account deleted)
        String header = encode(SessionCookies.cleared(false));

        // Then the browser drops it
        assertThat(header).startsWith("sp_session=;").contains("Max-Age=0", "Path=/");
    }

    @Test
    void aRequestIsHttpsWhenItsConnectionIsOrTheIngressSaysSo() {
        // Then TLS on the connection, or X-Forwarded-Proto https (first hop), means https; anything else does not
        assertThat(SessionCookies.secure(true, null)).isTrue();
        assertThat(SessionCookies.secure(false, "https")).isTrue();
        assertThat(SessionCookies.secure(false, "HTTPS, http")).isTrue();
        assertThat(SessionCookies.secure(false, "http")).isFalse();
        assertThat(SessionCookies.secure(false, "http, https")).isFalse();
        assertThat(SessionCookies.secure(false, null)).isFalse();
    }

    private static String encode(Cookie cookie) {
        return String.join("\n", ServerCookieEncoder.INSTANCE.encode(cookie));
    }
}
