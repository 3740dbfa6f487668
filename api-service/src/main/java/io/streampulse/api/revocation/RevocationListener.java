package io.streampulse.api.revocation;

import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import io.streampulse.api.user.Accounts;
import io.streampulse.contracts.codec.Decoded;
import io.streampulse.contracts.codec.JsonSerde;
import io.streampulse.contracts.user.UserAuthorizationRevoked;
import io.streampulse.runtime.deadletter.DeadLetterPublisher;
import java.util.Locale;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * twitch.users.revoked.v1 (group {@code streampulse.api.revocations.group-id}, one per service: every user is erased by one
 * replica): a user withdrew the app's authorization, so everything api-service stores about them goes, as with
 * {@code DELETE /api/v1/me} (their tokens are already void at Twitch). Erasing is idempotent, so a redelivery is a
 * no-op. Malformed records (and null values) are dead-lettered; a database failure is retried, never skipped.
 */
@KafkaListener(groupId = "${streampulse.api.revocations.group-id}", clientId = "api-revocations",
    offsetReset = OffsetReset.EARLIEST, offsetStrategy = OffsetStrategy.SYNC_PER_RECORD,
    errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_ON_ERROR, retryDelay = "2s",
        retryCount = 1_000_000))
class RevocationListener {

    private static final Logger LOG = LoggerFactory.getLogger(RevocationListener.class);
    private static final JsonSerde<UserAuthorizationRevoked> SERDE = JsonSerde.of(UserAuthorizationRevoked.class);

    private final Accounts accounts;
    private final DeadLetterPublisher deadLetters;

    RevocationListener(Accounts accounts, DeadLetterPublisher deadLetters) {
        this.accounts = accounts;
        this.deadLetters = deadLetters;
    }

    @Topic("twitch.users.revoked.v1")
    void receive(ConsumerRecord<String, byte[]> record) {
        Decoded<UserAuthorizationRevoked> decoded = SERDE.decode(record.headers(), record.value());
        if (decoded instanceof Decoded.Valid<UserAuthorizationRevoked> valid) {
            String userId = valid.value().userId();
            accounts.erase(userId);
            LOG.info("User {} revoked the app's authorization: their data is erased", userId);
        } else if (decoded instanceof Decoded.Invalid<UserAuthorizationRevoked> invalid) {
            deadLetters.publish(record.topic(), record.partition(), record.offset(), record.key(), record.value(),
                invalid.problem().name().toLowerCase(Locale.ROOT), invalid.reason()).join();
        } else {
            deadLetters.publish(record.topic(), record.partition(), record.offset(), record.key(), null,
                "tombstone", "a null value means nothing on a delete-policy topic").join();
        }
    }
}
