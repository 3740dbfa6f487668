package io.streampulse.twitch.auth;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The query of the redirect back from id.twitch.tv/oauth2/authorize, checked against the state we sent. */
public sealed interface AuthorizationCallback {

    /** The user agreed: exchange {@code code} with {@link UserAuthClient#exchangeCode}. */
    record Granted(String code, List<String> scopes) implements AuthorizationCallback {
        @Override
        public String toString() {
            return "Granted[code=***, scopes=" + scopes + "]";
        }
    }

    /** The user declined (or Twitch refused): {@code error} such as {@code access_denied}. */
    record Denied(String error, String description) implements AuthorizationCallback {
    }

    /** Missing or foreign {@code state} (CSRF) or no code: ignore the request. */
    record Rejected(String reason) implements AuthorizationCallback {
    }

    /** Reads {@code code, scope, state, error, error_description} (already URL-decoded). */
    static AuthorizationCallback of(Map<String, String> query, String expectedState) {
        String state = query.get("state");
        if (state == null || expectedState == null || !constantTimeEquals(state, expectedState)) {
            return new Rejected("state does not match");
        }
        if (query.get("error") != null) {
            return new Denied(query.get("error"), query.get("error_description"));
        }
        String code = query.get("code");
        if (code == null || code.isBlank()) {
            return new Rejected("no code");
        }
        String scope = query.getOrDefault("scope", "");
        List<String> scopes = scope.isBlank() ? List.of() : Arrays.asList(scope.trim().split("\\s+"));
        return new Granted(code, scopes);
    }

    private static boolean constantTimeEquals(String a, String b) {
        return java.security.MessageDigest.isEqual(a.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                b.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
