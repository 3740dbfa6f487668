package io.streampulse.api.user;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * The session cookie {@value #NAME}: HttpOnly, SameSite=Lax (sent on the top-level redirect back from Twitch, not on
 * cross-site form posts), Path=/, and Secure when the request came over https (directly or, behind the ingress,
 * as {@code X-Forwarded-Proto: https}).
 */
public final class SessionCookies {

    public static final String NAME = "sp_session";

    private SessionCookies() {
    }

    public static Cookie session(String token, Instant expiresAt, Instant now, boolean secure) {
        Duration maxAge = SessionLifetime.cookieMaxAge(expiresAt, now);
        return Cookie.of(NAME, token).httpOnly(true).secure(secure).sameSite(SameSite.Lax).path("/")
            .maxAge(maxAge);
    }

    /** Tells the browser to drop the session cookie. */
    public static Cookie cleared(boolean secure) {
        return Cookie.of(NAME, "").httpOnly(true).secure(secure).sameSite(SameSite.Lax).path("/").maxAge(0);
    }

    /** The session token the request carries, if any. */
    public static Optional<String> token(HttpRequest<?> request) {
        return request.getCookies().findCookie(NAME).map(Cookie::getValue);
    }

    /** Whether the client talks https to us: the request itself, or {@code X-Forwarded-Proto} from the ingress. */
    public static boolean isSecure(HttpRequest<?> request) {
        return secure(request.isSecure(), request.getHeaders().get("X-Forwarded-Proto"));
    }

    static boolean secure(boolean tls, String forwardedProto) {
        if (tls) {
            return true;
        }
        if (forwardedProto == null) {
            return false;
        }
        String first = forwardedProto.split(",", 2)[0].trim().toLowerCase(Locale.ROOT);
        return first.equals("https");
    }
}
