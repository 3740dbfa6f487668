package io.streampulse.bench.refresh;

import io.streampulse.bench.infra.PrometheusText;
import io.streampulse.bench.infra.ServiceProcess;
import io.streampulse.bench.infra.SimStats;
import java.util.List;
import java.util.Map;

/**
 * The counters a capacity window is measured with, at one moment: the simulator's (requests, 429s, Get Streams
 * calls) and the services' own Prometheus counters (ids per refresh call; budget points granted to the refresh
 * replicas and to ingest, whatever the priority: refresh asks at both; ingest's sweep pages).
 */
record Snapshot(long atMillis, SimStats sim, double ids, double refreshCalls, double refreshCallsOk,
                double refreshPoints, double discoveryPoints, double sweepPages, double splitsCompleted,
                List<Double> pointsPerReplica) {

    static Snapshot take(RefreshRig rig) {
        SimStats sim = SimStats.of(rig.simUrl());
        return new Snapshot(System.currentTimeMillis(), sim,
            sum(rig.replicas, "refresh_ids_per_call_sum", Map.of()),
            sum(rig.replicas, "refresh_ids_per_call_count", Map.of()),
            sum(rig.replicas, "twitch_helix_calls_total", Map.of("endpoint", "streams", "status", "200")),
            sum(rig.replicas, "twitch_budget_points_total", Map.of()),
            sum(rig.ingest, "twitch_budget_points_total", Map.of()),
            sum(rig.ingest, "ingest_sweep_pages_total", Map.of()),
            sum(rig.ingest, "ingest_sweep_splits_total", Map.of("outcome", "completed")),
            rig.replicas.stream().map(r -> sum(List.of(r), "twitch_budget_points_total", Map.of())).toList());
    }

    /** Counts from {@code start} to this snapshot (the simulator's live count is this one's). */
    Snapshot since(Snapshot start) {
        List<Double> points = new java.util.ArrayList<>();
        for (int i = 0; i < pointsPerReplica.size(); i++) {
            points.add(pointsPerReplica.get(i) - start.pointsPerReplica.get(i));
        }
        return new Snapshot(atMillis - start.atMillis, sim.since(start.sim), ids - start.ids,
            refreshCalls - start.refreshCalls, refreshCallsOk - start.refreshCallsOk, refreshPoints - start.refreshPoints,
            discoveryPoints - start.discoveryPoints, sweepPages - start.sweepPages,
            splitsCompleted - start.splitsCompleted, points);
    }

    double minutes() {
        return atMillis / 60_000.0;
    }

    private static double sum(List<ServiceProcess> processes, String metric, Map<String, String> labels) {
        return processes.stream().filter(ServiceProcess::isAlive)
            .mapToDouble(p -> PrometheusText.sum(p.prometheus(), metric, labels)).sum();
    }
}
