package io.streampulse.bench.api;

import io.streampulse.bench.Args;
import java.time.Duration;

/**
 * The options of the api benchmark.
 *
 * @param ceiling             the trivial endpoint of the same server wrk measures first
 * @param channels            seeded channels (a year of read model each)
 * @param days                days of history per channel
 * @param live                of them live now (twitch.streams.live.v1, leaderboards)
 * @param duration            each wrk measurement
 * @param warmUp              a wrk run before each measurement, not counted
 * @param connections         wrk connections of the ceiling and cached runs. wrk keeps each connection busy (closed
 *                            loop), so on a small machine more connections only add queueing behind wrk's own CPU:
 *                            16 are enough to go well past the 10,400 requests/s target
 * @param uncachedConnections wrk connections of the uncached run: 4 measure the query's latency under steady
 *                            load rather than the queue of a saturated 2-core machine
 * @param threads             wrk threads
 * @param clients             event-stream clients of one channel
 * @param events              events sent to them
 * @param interval            between two events
 * @param apiHeap             -Xmx of the api process
 * @param apiJar              the jar (empty: api-service/target/api-service.jar)
 * @param postgresServer      JDBC URL of the PostgreSQL server, without database
 * @param postgresUser        a user that may create databases
 * @param postgresPassword    its password (PGPASSWORD)
 * @param jfr                 record the api process with Java Flight Recorder (profile) into the run's log dir
 */
record ApiSettings(String ceiling, int channels, int days, int live, Duration duration, Duration warmUp, int connections,
                   int uncachedConnections, int threads, int clients, int events, Duration interval, String apiHeap,
                   String apiJar, String postgresServer, String postgresUser, String postgresPassword, boolean jfr) {

    static final String USAGE = "[--channels 10000] [--days 365] [--live 1000] [--duration 30] [--warmup 10] "
        + "[--connections 16] [--uncached-connections 4] [--threads 2] [--clients 1000] [--events 300] "
        + "[--interval-ms 100] [--api-heap 512m] [--api-jar <path>] "
        + "[--ceiling /assets/favicon.svg] [--postgres jdbc:postgresql://127.0.0.1:5432/] [--postgres-user postgres] [--jfr]";

    static ApiSettings of(Args args) {
        ApiSettings s = new ApiSettings(args.text("ceiling", "/assets/favicon.svg"), args.integer("channels", 10_000), args.integer("days", 365),
            args.integer("live", 1000), Duration.ofSeconds(args.integer("duration", 30)),
            Duration.ofSeconds(args.integer("warmup", 10)), args.integer("connections", 16),
            args.integer("uncached-connections", 4), args.integer("threads", 2), args.integer("clients", 1000),
            args.integer("events", 300), Duration.ofMillis(args.integer("interval-ms", 100)),
            args.text("api-heap", "512m"), args.text("api-jar", ""),
            args.text("postgres", "jdbc:postgresql://127.0.0.1:5432/"), args.text("postgres-user", "postgres"),
            System.getenv().getOrDefault("PGPASSWORD", ""), args.flag("jfr"));
        args.rejectUnread();
        return s;
    }
}
