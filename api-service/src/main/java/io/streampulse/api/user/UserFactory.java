package io.streampulse.api.user;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.jdbc.DataSourceResolver;
import io.streampulse.api.favourite.FavouriteStore;
import io.streampulse.api.favourite.WatchlistOutbox;
import io.streampulse.api.favourite.WatchlistRelayJob;
import io.streampulse.twitch.auth.UserAuthClient;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;

/** Builds the framework-free account classes; they use the pool's own DataSource and manage their transactions. */
@Factory
class UserFactory {

    @Singleton
    Transactions transactions(@Named("default") DataSource dataSource, DataSourceResolver resolver) {
        return new Transactions(resolver.resolve(dataSource));
    }

    @Singleton
    UserStore userStore() {
        return new UserStore();
    }

    @Singleton
    SessionStore sessionStore() {
        return new SessionStore();
    }

    @Singleton
    Accounts accounts(Transactions transactions, UserStore users, SessionStore sessions, FavouriteStore favourites,
                      WatchlistOutbox watchlist, WatchlistRelayJob relay,
                      @Property(name = "streampulse.api.session.ttl") Duration sessionTtl) {
        return new Accounts(transactions, users, sessions, favourites, watchlist, relay::nudge, new SessionLifetime(sessionTtl),
            Clock.systemUTC());
    }

    @Singleton
    TokenRevocation tokenRevocation(UserAuthClient oauth) {
        return new TokenRevocation(oauth);
    }
}
