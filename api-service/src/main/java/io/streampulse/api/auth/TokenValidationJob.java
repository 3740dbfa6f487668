package io.streampulse.api.auth;

import io.micronaut.scheduling.annotation.Scheduled;
import io.streampulse.runtime.error.Errors;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs {@link TokenValidation} soon after start-up and then every {@code streampulse.api.auth.maintenance-interval}. */
@Singleton
class TokenValidationJob {

    private static final Logger LOG = LoggerFactory.getLogger(TokenValidationJob.class);

    private final TokenValidation validation;

    TokenValidationJob(TokenValidation validation) {
        this.validation = validation;
    }

    @Scheduled(fixedDelay = "${streampulse.api.auth.maintenance-interval}", initialDelay = "5s")
    void run() {
        try {
            TokenValidation.Report report = validation.run();
            if (report.validated() + report.forgotten() + report.expiredSessions() > 0) {
                LOG.info("Token maintenance: {}", report);
            }
        } catch (RuntimeException e) {
            LOG.warn("Token maintenance failed, retried next run: {}", Errors.rootCause(e));
        }
    }
}
