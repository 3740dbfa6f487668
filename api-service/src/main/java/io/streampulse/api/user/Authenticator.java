package io.streampulse.api.user;

import io.micronaut.http.HttpRequest;
import io.streampulse.api.http.ProblemException;
import io.streampulse.api.http.ProblemType;
import jakarta.inject.Singleton;

/** The signed-in user of a request (its session cookie), or a 401 problem. */
@Singleton
public class Authenticator {

    private final Accounts accounts;

    Authenticator(Accounts accounts) {
        this.accounts = accounts;
    }

    /** The user id of the request's valid session. */
    public String requireUser(HttpRequest<?> request) {
        return SessionCookies.token(request).flatMap(accounts::userOfSession)
            .orElseThrow(() -> new ProblemException(ProblemType.UNAUTHORIZED,
                "Log in with Twitch first (GET /auth/login); the session is missing or has expired."));
    }
}
