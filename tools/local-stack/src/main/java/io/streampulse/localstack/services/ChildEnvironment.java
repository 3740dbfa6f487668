package io.streampulse.localstack.services;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The variables every service gets on top of the inherited environment: where Kafka, PostgreSQL and Redis
 * are, which Twitch to use, and, for a service that runs Kafka Streams, a state directory of its own under the
 * work directory (the default under /tmp is shared between runs and would count twice against a fresh broker).
 */
public final class ChildEnvironment {

    private ChildEnvironment() {
    }

    public static Map<String, String> forService(ServiceSpec service, StackEndpoints endpoints, TwitchSettings twitch,
                                                 Path streamsStateRoot) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", endpoints.kafkaBootstrapServers());
        env.put("REDIS_URI", endpoints.redis().uri());
        env.put("DATASOURCES_DEFAULT_URL", endpoints.postgres().jdbcUrl());
        env.put("DATASOURCES_DEFAULT_USERNAME", endpoints.postgres().username());
        env.put("DATASOURCES_DEFAULT_PASSWORD", endpoints.postgres().password());
        env.putAll(twitch.variables());
        service.streamsStateVariable().ifPresent(variable ->
                env.put(variable, streamsStateRoot.resolve(service.name()).toAbsolutePath().toString()));
        return env;
    }

    /**
     * The simulator (its SIM_* variables) knows the one registered application, with the client id and secret
     * the services use; it listens on loopback only, on its agreed port.
     */
    public static Map<String, String> forSimulator(TwitchSettings twitch) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SIM_PORT", Integer.toString(ServiceCatalog.SIMULATOR.port()));
        env.put("SIM_BIND", "127.0.0.1");
        env.put("SIM_CLIENT_ID", twitch.variables().get(TwitchSettings.CLIENT_ID));
        env.put("SIM_CLIENT_SECRET", twitch.variables().get(TwitchSettings.CLIENT_SECRET));
        return env;
    }
}
