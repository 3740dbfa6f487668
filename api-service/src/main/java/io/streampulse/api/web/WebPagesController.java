package io.streampulse.api.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.swagger.v3.oas.annotations.Hidden;

/**
 * The web pages: {@code /} (dashboard), {@code /channels/{login}} (channel page), {@code /watch} (the favourite
 * streamer). Each answer is an HTML shell that loads its ES module from {@code /assets/js}; the headers are
 * {@link WebHeaders#PAGE}. An invalid login gets a 404 page (HTML, since a person asked for it).
 */
@Hidden
@Controller
class WebPagesController {

    private final WebPages pages;

    WebPagesController(WebPages pages) {
        this.pages = pages;
    }

    @Get(uri = "/", produces = MediaType.TEXT_HTML)
    HttpResponse<String> dashboard() {
        return html(HttpStatus.OK, pages.dashboard());
    }

    @Get(uri = "/channels/{login}", produces = MediaType.TEXT_HTML)
    HttpResponse<String> channel(@PathVariable String login) {
        return pages.channel(login)
            .map(page -> html(HttpStatus.OK, page))
            .orElseGet(() -> html(HttpStatus.NOT_FOUND,
                pages.notFound("A Twitch login has 1 to 25 letters, digits or underscores.")));
    }

    @Get(uri = "/watch", produces = MediaType.TEXT_HTML)
    HttpResponse<String> watch() {
        return html(HttpStatus.OK, pages.watch());
    }

    private static MutableHttpResponse<String> html(HttpStatus status, String body) {
        MutableHttpResponse<String> response = HttpResponse.<String>status(status)
            .contentType(MediaType.TEXT_HTML + ";charset=utf-8")
            .body(body);
        WebHeaders.PAGE.forEach(response::header);
        return response;
    }
}
