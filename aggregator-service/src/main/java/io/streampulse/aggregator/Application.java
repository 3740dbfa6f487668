package io.streampulse.aggregator;

import io.micronaut.runtime.Micronaut;

/** Starts aggregator-service (Micronaut on Netty); health, metrics and topic provisioning come from libs/runtime. */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        Micronaut.build(args).mainClass(Application.class).banner(false).start();
    }
}
