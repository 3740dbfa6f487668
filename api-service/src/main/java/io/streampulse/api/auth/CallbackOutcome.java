package io.streampulse.api.auth;

import io.streampulse.api.user.SignedIn;

/** How a callback from Twitch ended. */
sealed interface CallbackOutcome {

    /** Not a callback of a login this browser started (missing or foreign state: CSRF), or no code: 400. */
    record Rejected(String reason) implements CallbackOutcome {
    }

    /** The user (or Twitch) declined, e.g. {@code access_denied}: back to the start page, no session. */
    record Denied(String error) implements CallbackOutcome {
    }

    /** Logged in: a new session. */
    record LoggedIn(SignedIn session) implements CallbackOutcome {
    }
}
