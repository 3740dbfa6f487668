package io.streampulse.runtime;

import io.micronaut.context.ApplicationContext;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import reactor.core.publisher.Mono;

/** Micronaut contexts with libs/runtime's beans, as a service would have them, for the runtime's tests. */
public final class RuntimeContexts {

    private RuntimeContexts() {
    }

    /** Settings of a service named {@code service} whose Kafka is at {@code bootstrapServers}. */
    public static Map<String, Object> service(String service, String bootstrapServers) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("streampulse.service-name", service);
        properties.put("kafka.bootstrap.servers", bootstrapServers);
        properties.put("streampulse.redis.enabled", "false");
        return properties;
    }

    public static ApplicationContext start(Map<String, Object> properties) {
        return ApplicationContext.run(properties, "test");
    }

    /** The current result of the indicator bean of the given type. */
    public static HealthResult check(ApplicationContext context, Class<? extends HealthIndicator> indicator) {
        return Mono.from(context.getBean(indicator).getResult()).block();
    }

    /** A local port where nothing listens (taken from the OS, then released). */
    public static int deadPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
