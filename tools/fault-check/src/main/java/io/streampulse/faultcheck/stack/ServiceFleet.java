package io.streampulse.faultcheck.stack;

import io.streampulse.localstack.process.ChildProcess;
import io.streampulse.localstack.process.ChildSpec;
import io.streampulse.localstack.services.ServiceSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The service processes of the run ({@code java -jar <svc>/target/<svc>.jar}, each with its environment): start,
 * SIGKILL, start again, stop gracefully, and ask who is ready ({@code /health/readiness} answers 200).
 */
public final class ServiceFleet implements AutoCloseable {

    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private record Member(ServiceSpec spec, Map<String, String> environment) {
    }

    private final Path repository;
    private final ChildLauncher launcher;
    private final String heap;
    private final Map<String, Member> members = new LinkedHashMap<>();
    private final Map<String, ChildProcess> processes = new LinkedHashMap<>();
    private final Map<String, Integer> incarnations = new LinkedHashMap<>();

    public ServiceFleet(Path repository, ChildLauncher launcher, String heap) {
        this.repository = repository;
        this.launcher = launcher;
        this.heap = heap;
    }

    public synchronized void add(ServiceSpec spec, Map<String, String> environment) {
        members.put(spec.name(), new Member(spec, Map.copyOf(environment)));
    }

    public synchronized List<String> names() {
        return List.copyOf(members.keySet());
    }

    public synchronized void start(String name) {
        Member member = member(name);
        int incarnation = incarnations.merge(name, 1, Integer::sum);
        String label = incarnation == 1 ? name : name + "-" + incarnation;
        ChildSpec spec = new ChildSpec(label, List.of("-Xmx" + heap, "-XX:+ExitOnOutOfMemoryError", "-jar",
                member.spec().jar(repository).toString()), member.environment(), repository, false);
        processes.put(name, launcher.start(spec));
    }

    public synchronized void kill(String name) {
        Processes.kill(processes.get(name));
    }

    /** SIGTERM, the way an orchestrator stops a pod (SIGKILL after the grace). */
    public void stop(String name) {
        ChildProcess process;
        synchronized (this) {
            process = processes.get(name);
        }
        if (process != null) {
            process.stop(STOP_GRACE);
        }
    }

    public boolean ready(String name) {
        ChildProcess process;
        ServiceSpec spec;
        synchronized (this) {
            process = processes.get(name);
            spec = member(name).spec();
        }
        return process != null && process.isAlive() && Http.status(spec.readinessUri()) == 200;
    }

    public List<String> notReady() {
        return names().stream().filter(name -> !ready(name)).toList();
    }

    /** Why a service is not running: its exit code and last output lines; empty while it runs. */
    public synchronized Optional<String> exitReport(String name) {
        ChildProcess process = processes.get(name);
        return process == null || process.isAlive() ? Optional.empty() : Optional.of(process.exitReport());
    }

    public synchronized Optional<ChildProcess> process(String name) {
        return Optional.ofNullable(processes.get(name));
    }

    private Member member(String name) {
        Member member = members.get(name);
        if (member == null) {
            throw new IllegalArgumentException("unknown service " + name + "; known: " + members.keySet());
        }
        return member;
    }

    /** Stops every service at once (SIGTERM, SIGKILL after the grace). */
    @Override
    public void close() {
        List<Thread> stoppers = new ArrayList<>();
        for (String name : names()) {
            Thread thread = new Thread(() -> stop(name), "stop-" + name);
            thread.start();
            stoppers.add(thread);
        }
        for (Thread thread : stoppers) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
