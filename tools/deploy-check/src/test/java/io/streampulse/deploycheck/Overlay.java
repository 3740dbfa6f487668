package io.streampulse.deploycheck;

import java.nio.file.Path;

/** The kustomizations an operator can apply, with what each must contain. */
enum Overlay {
    BASE("k8s/base", 3, false),
    LOCAL("k8s/overlays/local", 1, true),
    PRODUCTION("k8s/overlays/production", 3, false);

    final String path;
    /** Replication factor of every KafkaTopic. */
    final int topicReplicas;
    /** Whether the Twitch simulator is part of it. */
    final boolean simulator;

    Overlay(String path, int topicReplicas, boolean simulator) {
        this.path = path;
        this.topicReplicas = topicReplicas;
        this.simulator = simulator;
    }

    Path directory() {
        return Repo.path(path);
    }

    Manifests render() {
        return Kustomize.render(directory());
    }

    @Override
    public String toString() {
        return path;
    }
}
