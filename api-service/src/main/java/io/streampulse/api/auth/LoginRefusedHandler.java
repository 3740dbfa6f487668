package io.streampulse.api.auth;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.streampulse.api.http.ProblemResponses;
import io.streampulse.api.http.ProblemType;
import jakarta.inject.Singleton;

/** Twitch refused the callback's code (used, expired, forged): 400 problem; the login can be started again. */
@Produces
@Singleton
class LoginRefusedHandler implements ExceptionHandler<TwitchLogin.LoginRefused, HttpResponse<?>> {

    private final ProblemResponses problems;

    LoginRefusedHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, TwitchLogin.LoginRefused exception) {
        return problems.of(request, ProblemType.BAD_REQUEST,
            "Twitch did not accept this login; start again at /auth/login.");
    }
}
