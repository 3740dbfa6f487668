package io.streampulse.refresh.wiring;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.streampulse.refresh.active.ActiveSetStore;
import io.streampulse.refresh.active.ActiveSetUpdater;
import io.streampulse.refresh.active.OwnedPartitions;
import io.streampulse.refresh.kafka.InputRecordHandler;
import io.streampulse.refresh.kafka.KafkaLiveTopicReader;
import io.streampulse.refresh.kafka.KafkaRefreshOutput;
import io.streampulse.refresh.kafka.RefreshInputConsumer;
import io.streampulse.refresh.observe.HelixBatchRefresher;
import io.streampulse.refresh.observe.RefreshMetrics;
import io.streampulse.refresh.rebuild.ActiveSetRebuilder;
import io.streampulse.refresh.schedule.RefreshLoop;
import io.streampulse.refresh.schedule.RefreshScheduler;
import io.streampulse.refresh.schedule.RefreshSettings;
import io.streampulse.runtime.deadletter.DeadLetterPublisher;
import io.streampulse.twitch.helix.HelixClient;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** Starts the input consumer and the refresh loop once the application is up; stops them on shutdown. */
@Singleton
@Requires(property = "streampulse.refresh.enabled", notEquals = "false")
class RefreshService {

    private final KafkaRefreshOutput output;
    private final RefreshInputConsumer consumer;
    private final RefreshLoop loop;
    private final ExecutorService work = Executors.newFixedThreadPool(4, r -> daemon(r, "refresh-work"));
    /** One thread: the Kafka effects of input records, in the order of the records. */
    private final ExecutorService inputEffects = Executors.newSingleThreadExecutor(r -> daemon(r, "refresh-input-effects"));

    RefreshService(ActiveSetStore store, OwnedPartitions owned, RefreshSettings settings, RefreshConfiguration config,
                   HelixClient helix, RefreshMetrics metrics, DeadLetterPublisher deadLetters, Clock clock,
                   @Named("refresh-producer") Properties producerConfig,
                   @Named("refresh-consumer") Properties consumerConfig) {
        this.output = new KafkaRefreshOutput(producerConfig);
        ActiveSetUpdater updater = new ActiveSetUpdater(store, output, clock, inputEffects);
        ActiveSetRebuilder rebuilder = new ActiveSetRebuilder(store, new KafkaLiveTopicReader(consumerConfig));
        this.consumer = new RefreshInputConsumer(consumerConfig,
            new InputRecordHandler(updater, deadLetters::publish), owned, rebuilder, config.getMarkerCheckInterval());
        this.loop = new RefreshLoop(new RefreshScheduler(store, owned, settings, clock),
            new HelixBatchRefresher(helix, store, output, metrics, clock, work), settings);
    }

    @EventListener
    void onStartup(StartupEvent event) {
        consumer.start();
        loop.start();
    }

    @PreDestroy
    void stop() {
        loop.close();
        consumer.close();
        inputEffects.shutdown();
        work.shutdown();
        try {
            work.awaitTermination(5, TimeUnit.SECONDS);
            inputEffects.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        output.close();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
