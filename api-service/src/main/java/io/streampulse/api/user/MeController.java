package io.streampulse.api.user;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.streampulse.api.http.Params;
import io.streampulse.api.http.ProblemException;
import io.streampulse.api.http.ProblemType;
import io.streampulse.api.twitch.ChannelLookup;
import io.streampulse.api.twitch.ChannelRef;

/**
 * The signed-in user's own resources: {@code /api/v1/me} (show, delete everything) and its favourite streamer
 * (choose or change, clear). Every answer without a valid session is a 401 problem.
 */
@Controller("/api/v1/me")
@ExecuteOn(TaskExecutors.BLOCKING)
class MeController {

    private final Authenticator authenticator;
    private final Accounts accounts;
    private final ChannelLookup channels;
    private final TokenRevocation revocation;

    MeController(Authenticator authenticator, Accounts accounts, ChannelLookup channels, TokenRevocation revocation) {
        this.authenticator = authenticator;
        this.accounts = accounts;
        this.channels = channels;
        this.revocation = revocation;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    Me me(HttpRequest<?> request) {
        return accounts.me(authenticator.requireUser(request)).orElseThrow(MeController::gone);
    }

    /** Deletes the user's data (profile, tokens, sessions, favourite); their tokens are revoked at Twitch. */
    @Delete
    HttpResponse<?> delete(HttpRequest<?> request) {
        String userId = authenticator.requireUser(request);
        accounts.erase(userId).ifPresent(revocation::revoke);
        return HttpResponse.noContent().cookie(SessionCookies.cleared(SessionCookies.isSecure(request)));
    }

    @Put(value = "/favourite", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    Me chooseFavourite(HttpRequest<?> request, @Body FavouriteRequest body) {
        String userId = authenticator.requireUser(request);
        Params params = new Params();
        String login = params.login(body.login());
        params.check();
        ChannelRef channel = channels.byLogin(login).orElseThrow(() ->
            ProblemException.notFound("Twitch has no channel with this login."));
        return accounts.chooseFavourite(userId, channel).orElseThrow(MeController::gone);
    }

    @Delete("/favourite")
    HttpResponse<?> clearFavourite(HttpRequest<?> request) {
        accounts.clearFavourite(authenticator.requireUser(request));
        return HttpResponse.noContent();
    }

    /** The session outlived its user (deleted meanwhile): as good as no session. */
    private static ProblemException gone() {
        return new ProblemException(ProblemType.UNAUTHORIZED, "The session's user no longer exists; log in again.");
    }
}
