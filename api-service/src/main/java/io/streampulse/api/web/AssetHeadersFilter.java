package io.streampulse.api.web;

import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/** Adds {@link WebHeaders#ASSET} to the static files under {@code /assets} (served by Micronaut's resource router). */
@ServerFilter("/assets/**")
class AssetHeadersFilter {

    @ResponseFilter
    void headers(MutableHttpResponse<?> response) {
        WebHeaders.ASSET.forEach((name, value) -> response.getHeaders().set(name, value));
    }
}
