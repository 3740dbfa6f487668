package io.streampulse.api.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.streampulse.api.http.ProblemException;
import io.streampulse.api.http.ProblemType;
import io.streampulse.api.user.Accounts;
import io.streampulse.api.user.SessionCookies;
import io.streampulse.api.user.SignedIn;
import io.streampulse.api.user.TokenRevocation;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Log in with Twitch ({@code /auth/login} → Twitch's consent page → {@code /auth/callback}) and log out. The
 * session lives server-side; the browser holds only the random token in the {@code sp_session} cookie.
 */
@Controller("/auth")
@ExecuteOn(TaskExecutors.BLOCKING)
class AuthController {

    private static final String[] CALLBACK_PARAMS = {"code", "scope", "state", "error", "error_description"};

    private final LoginFlow flow;
    private final Accounts accounts;
    private final TokenRevocation revocation;
    private final Duration stateTtl;
    private final Clock clock;

    AuthController(LoginFlow flow, Accounts accounts, TokenRevocation revocation, AuthSettings settings) {
        this.flow = flow;
        this.accounts = accounts;
        this.revocation = revocation;
        this.stateTtl = settings.stateTtl();
        this.clock = Clock.systemUTC();
    }

    /** 302 to Twitch; {@code grant=channel} also asks the scopes for the user's own channel's events. */
    @Get("/login")
    HttpResponse<?> login(HttpRequest<?> request, @Nullable @QueryValue String grant) {
        Grant wanted = Grant.parse(grant).orElseThrow(() -> ProblemException.invalidParameter("grant",
            "must be 'channel' or absent"));
        LoginStart start = flow.begin(wanted);
        return found(start.authorizeUrl())
            .cookie(StateCookies.of(start.state(), stateTtl, SessionCookies.isSecure(request)));
    }

    /** Twitch's redirect back: a session and 302 to /watch (or / without a favourite), or why not. */
    @Get("/callback")
    HttpResponse<?> callback(HttpRequest<?> request) {
        boolean secure = SessionCookies.isSecure(request);
        CallbackOutcome outcome = flow.complete(query(request), StateCookies.state(request));
        if (outcome instanceof CallbackOutcome.Rejected rejected) {
            throw new ProblemException(ProblemType.BAD_REQUEST, "Not a callback of a login started in this browser ("
                + rejected.reason() + "); start again at /auth/login.");
        }
        MutableHttpResponse<?> response;
        if (outcome instanceof CallbackOutcome.Denied denied) {
            response = found(URI.create("/?login_error=" + denied.error()));
        } else {
            SignedIn session = ((CallbackOutcome.LoggedIn) outcome).session();
            response = found(URI.create(session.hasFavourite() ? "/watch" : "/"))
                .cookie(SessionCookies.session(session.sessionToken(), session.expiresAt(), clock.instant(), secure));
        }
        return response.cookie(StateCookies.cleared(secure));
    }

    /** Ends the session (204 also without one); the last session of a user also revokes their token at Twitch. */
    @Post("/logout")
    HttpResponse<?> logout(HttpRequest<?> request) {
        SessionCookies.token(request).flatMap(accounts::logout).ifPresent(revocation::revoke);
        return HttpResponse.noContent().cookie(SessionCookies.cleared(SessionCookies.isSecure(request)));
    }

    /** 302 Found (Micronaut's {@code redirect} answers 301, which browsers cache). */
    private static MutableHttpResponse<?> found(URI location) {
        return HttpResponse.status(HttpStatus.FOUND).headers(headers -> headers.location(location));
    }

    private static Map<String, String> query(HttpRequest<?> request) {
        Map<String, String> query = new HashMap<>();
        for (String name : CALLBACK_PARAMS) {
            request.getParameters().getFirst(name).ifPresent(value -> query.put(name, value));
        }
        return query;
    }
}
