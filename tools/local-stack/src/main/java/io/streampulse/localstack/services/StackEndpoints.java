package io.streampulse.localstack.services;

import io.streampulse.localstack.store.PostgresEndpoint;
import io.streampulse.localstack.store.RedisEndpoint;

/** The infrastructure the services are pointed at. */
public record StackEndpoints(String kafkaBootstrapServers, PostgresEndpoint postgres, RedisEndpoint redis) {
}
