package io.streampulse.api.readmodel;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.jdbc.DataSourceResolver;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The read model's own pool ({@code streampulse.api.reader.*}), separate from the default pool of schema {@code api}:
 * read-only, meant to log in as {@code streampulse_api_reader} (see {@code sql/api-reader-role.sql}). Built here
 * rather than under {@code datasources.*} so its database and login can default to the default pool's. As a
 * {@link DataSource} bean it is part of the {@code jdbc} readiness check; its metrics are Hikari's ({@code pool=reader}).
 */
@Factory
class ReadModelFactory {

    private HikariDataSource pool;

    @Singleton
    @Named("reader")
    DataSource readerPool(@Property(name = "streampulse.api.reader.url", defaultValue = "") String url,
                                @Property(name = "streampulse.api.reader.username", defaultValue = "") String username,
                                @Property(name = "streampulse.api.reader.password", defaultValue = "") String password,
                                @Property(name = "datasources.default.url") String defaultUrl,
                                @Property(name = "datasources.default.username", defaultValue = "") String defaultUser,
                                @Property(name = "datasources.default.password", defaultValue = "")
                                String defaultPassword,
                                @Property(name = "streampulse.api.reader.maximum-pool-size") int maximumPoolSize,
                                @Property(name = "streampulse.api.reader.connection-timeout") Duration connectTimeout,
                                @Property(name = "streampulse.api.reader.statement-timeout") Duration statementTimeout,
                                MeterRegistry meters) {
        ReaderPoolSettings settings = ReaderPoolSettings.resolve(url, username, password, defaultUrl, defaultUser,
            defaultPassword, maximumPoolSize, connectTimeout, statementTimeout);
        HikariConfig config = settings.hikari();
        config.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(meters));
        pool = new HikariDataSource(config);
        return pool;
    }

    /** Micronaut Data may hand the pool out wrapped (contextual connections); the read model uses it directly. */
    @Singleton
    ReadModel readModel(@Named("reader") DataSource reader, Optional<DataSourceResolver> resolver) {
        return new ReadModel(resolver.map(r -> r.resolve(reader)).orElse(reader));
    }

    @PreDestroy
    void close() {
        if (pool != null) {
            pool.close();
        }
    }
}
