package io.streampulse.api.auth;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import java.time.Duration;

/**
 * The cookie {@value #NAME} binds a login to the browser that started it: it holds the {@code state} sent to
 * Twitch, only for the {@code /auth} paths and only for a few minutes. SameSite=Lax: the browser sends it on the
 * top-level redirect back from Twitch.
 */
final class StateCookies {

    static final String NAME = "sp_oauth_state";
    private static final String PATH = "/auth";

    private StateCookies() {
    }

    static Cookie of(String state, Duration ttl, boolean secure) {
        return Cookie.of(NAME, state).httpOnly(true).secure(secure).sameSite(SameSite.Lax).path(PATH).maxAge(ttl);
    }

    static Cookie cleared(boolean secure) {
        return Cookie.of(NAME, "").httpOnly(true).secure(secure).sameSite(SameSite.Lax).path(PATH).maxAge(0);
    }

    static String state(HttpRequest<?> request) {
        return request.getCookies().findCookie(NAME).map(Cookie::getValue).filter(v -> !v.isEmpty()).orElse(null);
    }
}
