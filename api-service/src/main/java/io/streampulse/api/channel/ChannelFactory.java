package io.streampulse.api.channel;

import io.micronaut.context.annotation.Factory;
import io.streampulse.api.live.LiveIndexService;
import io.streampulse.api.readmodel.ReadModel;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Builds the channel feature objects (which know nothing of Micronaut) over the read model and the live index. */
@Factory
class ChannelFactory {

    @Singleton
    ChannelDirectory channelDirectory(ReadModel db, LiveIndexService live) {
        return new ChannelDirectory(db, live.index(), System::nanoTime);
    }

    @Singleton
    SessionQueries sessionQueries(ReadModel db) {
        return new SessionQueries(db);
    }

    @Singleton
    ChannelStatsQueries channelStatsQueries(ReadModel db) {
        return new ChannelStatsQueries(db, Clock.systemUTC());
    }

    @Singleton
    ScheduleQuery scheduleQuery(ReadModel db) {
        return new ScheduleQuery(db, Clock.systemUTC());
    }
}
