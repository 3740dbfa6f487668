package io.streampulse.archive.wiring;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.jdbc.DataSourceResolver;
import io.streampulse.archive.channel.ChannelStore;
import io.streampulse.archive.event.ChannelEventStore;
import io.streampulse.archive.export.DailyExport;
import io.streampulse.archive.export.JdbcExportSource;
import io.streampulse.archive.ingest.BatchProcessor;
import io.streampulse.archive.ingest.RetryBackoff;
import io.streampulse.archive.outbox.MessageSender;
import io.streampulse.archive.outbox.OutboxRelay;
import io.streampulse.archive.outbox.OutboxStore;
import io.streampulse.archive.privacy.UserDataEraser;
import io.streampulse.archive.retention.RetentionJob;
import io.streampulse.archive.retention.RetentionPolicy;
import io.streampulse.archive.session.ChannelStateStore;
import io.streampulse.archive.session.SessionRules;
import io.streampulse.archive.session.SessionStore;
import io.streampulse.archive.session.SessionTracker;
import io.streampulse.archive.snapshot.SnapshotPartitions;
import io.streampulse.archive.snapshot.SnapshotSampler;
import io.streampulse.archive.snapshot.SnapshotStore;
import io.streampulse.contracts.topic.Topics;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * Builds the framework-free feature classes from the settings in application.yml (table in the README). They get
 * the pool's own DataSource ({@link DataSourceResolver} unwraps Micronaut Data's contextual proxy): they manage
 * their connections and transactions themselves.
 */
@Factory
class ArchiveFactory {

    private final DataSource dataSource;

    ArchiveFactory(DataSource dataSource, DataSourceResolver resolver) {
        this.dataSource = resolver.resolve(dataSource);
    }

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Singleton
    SessionRules sessionRules(@Property(name = "archive.session.absent-observations") int absentObservations,
                              @Property(name = "archive.session.absent-span") Duration absentSpan,
                              @Property(name = "archive.session.max-integration-gap") Duration maxIntegrationGap) {
        return new SessionRules(absentObservations, absentSpan, maxIntegrationGap,
            SessionRules.DEFAULTS.rememberedEndedStreams());
    }

    @Singleton
    RetentionPolicy retentionPolicy(@Property(name = "archive.retention.channel-events") Duration channelEvents,
                                    @Property(name = "archive.retention.snapshots") Duration snapshots,
                                    @Property(name = "archive.retention.sent-outbox") Duration sentOutbox,
                                    @Property(name = "archive.snapshots.partitions-ahead") int daysAhead) {
        return new RetentionPolicy(channelEvents, snapshots, sentOutbox, daysAhead);
    }

    @Singleton
    SnapshotPartitions snapshotPartitions() {
        return new SnapshotPartitions(dataSource);
    }

    @Singleton
    OutboxStore outboxStore() {
        return new OutboxStore();
    }

    @Singleton
    BatchProcessor batchProcessor(Clock clock, SessionRules rules, SnapshotPartitions partitions,
                                  OutboxStore outbox, RetentionPolicy retention,
                                  @Property(name = "archive.snapshots.resolution") Duration resolution,
                                  @Property(name = "archive.state-cache.max-channels") int cachedChannels,
                                  @Property(name = "archive.session.unobserved-grace") Duration unobservedGrace) {
        BatchProcessor.Stores stores = new BatchProcessor.Stores(new ChannelStateStore(rules), new SessionStore(),
            outbox, new ChannelStore(), new SnapshotStore(), partitions, new ChannelEventStore(), new UserDataEraser(),
            Topics.STREAMS_ENDED.name());
        return new BatchProcessor(dataSource, clock, new SessionTracker(rules), new SnapshotSampler(resolution), stores,
            retention.snapshots(), cachedChannels, unobservedGrace);
    }

    /** The consumer's pause between attempts at a batch that failed for a transient reason. */
    @Singleton
    RetryBackoff retryBackoff(@Property(name = "archive.consumer.retry-delay") Duration initial,
                              @Property(name = "archive.consumer.max-retry-delay") Duration max) {
        return new RetryBackoff(initial, max);
    }

    @Singleton
    OutboxRelay outboxRelay(OutboxStore outbox, MessageSender sender, Clock clock,
                            @Property(name = "archive.outbox.batch-size") int batchSize) {
        return new OutboxRelay(dataSource, outbox, sender, clock, batchSize, Duration.ofSeconds(30));
    }

    @Singleton
    RetentionJob retentionJob(SnapshotPartitions partitions, OutboxStore outbox,
                              RetentionPolicy policy, Clock clock) {
        return new RetentionJob(dataSource, partitions, outbox, policy, clock);
    }

    @Singleton
    DailyExport dailyExport(@Property(name = "archive.export.directory") String directory) {
        return new DailyExport(new JdbcExportSource(dataSource), Path.of(directory));
    }
}
