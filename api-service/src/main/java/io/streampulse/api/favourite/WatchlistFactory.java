package io.streampulse.api.favourite;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.jdbc.DataSourceResolver;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;

/** Builds the framework-free watchlist classes from the {@code streampulse.api.watchlist.*} settings. */
@Factory
class WatchlistFactory {

    @Singleton
    WatchlistRelay watchlistRelay(@Named("default") DataSource dataSource, DataSourceResolver resolver,
                                  WatchlistSink sink,
                                  @Property(name = "streampulse.api.watchlist.send-timeout") Duration sendTimeout,
                                  @Property(name = "streampulse.api.watchlist.batch-size") int batchSize) {
        return new WatchlistRelay(resolver.resolve(dataSource), sink, sendTimeout, batchSize, Clock.systemUTC());
    }

    @Singleton
    FavouriteStore favouriteStore() {
        return new FavouriteStore();
    }

    @Singleton
    WatchlistOutbox watchlistOutbox() {
        return new WatchlistOutbox();
    }
}
