package io.streampulse.api.auth;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.streampulse.api.user.Accounts;
import io.streampulse.api.user.SessionStore;
import io.streampulse.api.user.TokenRevocation;
import io.streampulse.api.user.Transactions;
import io.streampulse.api.user.UserStore;
import io.streampulse.twitch.TwitchConfig;
import io.streampulse.twitch.auth.UserAuthClient;
import io.streampulse.twitch.helix.HelixClient;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/** Builds the login classes from the {@code streampulse.api.public-url} and {@code streampulse.api.auth.*} settings. */
@Factory
class AuthFactory {

    @Singleton
    AuthSettings authSettings(@Property(name = "streampulse.api.public-url") String publicUrl,
                              @Property(name = "streampulse.api.auth.state-ttl") Duration stateTtl,
                              @Property(name = "streampulse.api.auth.validate-every") Duration validateEvery,
                              @Property(name = "streampulse.api.auth.validate-batch") int validateBatch) {
        return new AuthSettings(publicUrl, stateTtl, validateEvery, validateBatch);
    }

    @Singleton
    TwitchLogin twitchLogin(UserAuthClient oauth, HelixClient helix, TwitchConfig config) {
        return new TwitchLoginClient(oauth, helix, config.requestTimeout().multipliedBy(2));
    }

    @Singleton
    LoginFlow loginFlow(TwitchLogin twitch, Accounts accounts, AuthSettings settings) {
        return new LoginFlow(twitch, accounts::signIn, settings.redirectUri());
    }

    @Singleton
    TokenValidation tokenValidation(TwitchLogin twitch, Transactions transactions, UserStore users,
                                    SessionStore sessions, Accounts accounts, TokenRevocation revocation,
                                    AuthSettings settings) {
        return new TokenValidation(twitch, transactions, users, sessions, accounts, revocation, settings,
            Clock.systemUTC());
    }
}
