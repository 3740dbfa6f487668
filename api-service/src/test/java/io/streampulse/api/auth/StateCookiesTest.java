package io.streampulse.api.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.cookie.ServerCookieEncoder;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The login state cookie: only for /auth, short-lived, HttpOnly, Lax, Secure over https. */
class StateCookiesTest {

    @Test
    void theStateCookieLivesOnlyUnderAuthForTheLoginsDuration() {
        // When the state cookie is made for a plain-http and for an https request
        String http = encode(StateCookies.of("s1", Duration.ofMinutes(10), false));
        String https = encode(StateCookies.of("s1", Duration.ofMinutes(10), true));

        // Then it is scoped to /auth and ten minutes, HttpOnly and Lax; Secure only over https
        assertThat(http).startsWith("sp_oauth_state=s1").contains("Max-Age=600", "Path=/auth", "HTTPOnly",
            "SameSite=Lax").doesNotContain("Secure");
        assertThat(https).contains("Secure");
    }

    private static String encode(io.micronaut.http.cookie.Cookie cookie) {
        return String.join("\n", ServerCookieEncoder.INSTANCE.encode(cookie));
    }
}
