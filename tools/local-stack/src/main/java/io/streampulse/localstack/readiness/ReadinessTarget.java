package io.streampulse.localstack.readiness;

import io.streampulse.localstack.process.ChildProcess;

import java.net.URI;

/** Something to wait for: its name, the URL that answers 200 when it is ready, and its process. */
public record ReadinessTarget(String name, URI readinessUri, ChildProcess process) {
}
