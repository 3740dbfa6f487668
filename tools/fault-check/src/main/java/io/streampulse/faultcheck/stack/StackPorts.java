package io.streampulse.faultcheck.stack;

import io.streampulse.localstack.Ports;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The private stack's ports, all chosen free at start so the run never touches a local stack, the shared
 * PostgreSQL on 5432 or the shared Redis on 6379. A broker's controller listens on its port + 1.
 */
public record StackPorts(int kafka, int kafkaClean, int postgres, int redis, int simulator, int cleanAggregator,
                         Map<String, Integer> services) {

    public StackPorts {
        services = Map.copyOf(services);
    }

    public static StackPorts choose(List<String> serviceNames) {
        Set<Integer> taken = new HashSet<>();
        int kafka = freePair(taken);
        int kafkaClean = freePair(taken);
        int postgres = free(taken);
        int redis = free(taken);
        int simulator = free(taken);
        int cleanAggregator = free(taken);
        Map<String, Integer> services = new LinkedHashMap<>();
        serviceNames.forEach(name -> services.put(name, free(taken)));
        return new StackPorts(kafka, kafkaClean, postgres, redis, simulator, cleanAggregator, services);
    }

    public int service(String name) {
        Integer port = services.get(name);
        if (port == null) {
            throw new IllegalArgumentException("no port for " + name);
        }
        return port;
    }

    private static int free(Set<Integer> taken) {
        for (int attempt = 0; attempt < 50; attempt++) {
            int port = Ports.free();
            if (taken.add(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port found");
    }

    private static int freePair(Set<Integer> taken) {
        for (int attempt = 0; attempt < 50; attempt++) {
            int port = Ports.free();
            if (port < 65535 && !taken.contains(port) && !taken.contains(port + 1)
                    && !Ports.listening("127.0.0.1", port + 1)) {
                taken.add(port);
                taken.add(port + 1);
                return port;
            }
        }
        throw new IllegalStateException("no two adjacent free ports found");
    }
}
