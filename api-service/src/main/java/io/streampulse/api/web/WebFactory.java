package io.streampulse.api.web;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/** The web pages from the settings ({@code streampulse.web.*}). */
@Factory
class WebFactory {

    @Singleton
    WebPages webPages(@Value("${streampulse.web.embed-parents:}") String embedParents) {
        return new WebPages(EmbedParents.parse(embedParents));
    }
}
