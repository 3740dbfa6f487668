package io.streampulse.archive.ingest;

import io.streampulse.archive.channel.ChannelStore;
import io.streampulse.archive.event.ChannelEventStore;
import io.streampulse.archive.outbox.OutboxStore;
import io.streampulse.archive.privacy.UserDataEraser;
import io.streampulse.archive.session.ChannelStateStore;
import io.streampulse.archive.session.SessionRules;
import io.streampulse.archive.session.SessionStore;
import io.streampulse.archive.session.SessionTracker;
import io.streampulse.archive.snapshot.SnapshotPartitions;
import io.streampulse.archive.snapshot.SnapshotSampler;
import io.streampulse.archive.snapshot.SnapshotStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** The batch processor as the service builds it (default settings), on a test database and clock. */
final class Processors {

    static final String ENDED_TOPIC = "twitch.streams.ended.v1";

    private Processors() {
    }

    static BatchProcessor of(DataSource dataSource, Clock clock, Duration unobservedGrace) {
        BatchProcessor.Stores stores = new BatchProcessor.Stores(new ChannelStateStore(SessionRules.DEFAULTS),
            new SessionStore(), new OutboxStore(), new ChannelStore(), new SnapshotStore(),
            new SnapshotPartitions(dataSource), new ChannelEventStore(), new UserDataEraser(), ENDED_TOPIC);
        return new BatchProcessor(dataSource, clock, new SessionTracker(SessionRules.DEFAULTS),
            new SnapshotSampler(Duration.ofMinutes(5)), stores, Duration.ofDays(30), 1000, unobservedGrace);
    }

    /** A clock the test moves. */
    static final class TestClock extends Clock {
        private Instant now;

        TestClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    /** Dead letters collected in memory, in order. */
    static final class CollectedRejections implements Rejections {
        private final List<Rejected> all = new ArrayList<>();

        @Override
        public synchronized void deadLetter(List<Rejected> rejected) {
            all.addAll(rejected);
        }

        synchronized List<Rejected> all() {
            return List.copyOf(all);
        }
    }
}
