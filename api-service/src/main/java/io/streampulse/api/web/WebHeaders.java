package io.streampulse.api.web;

import java.util.Map;

/** The response headers of the web pages and their assets. */
final class WebHeaders {

    /**
     * Content-Security-Policy of the pages: scripts, styles, images and API calls from this origin only (no inline
     * code at all), frames only from Twitch's player and chat, nothing may frame the pages but themselves.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "frame-src https://player.twitch.tv https://www.twitch.tv",
        "form-action 'self'",
        "base-uri 'none'",
        "frame-ancestors 'self'");

    /** Pages hold no data (the scripts fetch it), but must follow a deployment at once: revalidate every time. */
    static final Map<String, String> PAGE = Map.of(
        "Content-Security-Policy", CONTENT_SECURITY_POLICY,
        "Cache-Control", "no-cache",
        "X-Content-Type-Options", "nosniff",
        "Referrer-Policy", "strict-origin-when-cross-origin");

    /** Assets are not fingerprinted (no build step): cacheable, but revalidated (Last-Modified) on every use. */
    static final Map<String, String> ASSET = Map.of(
        "Cache-Control", "no-cache",
        "X-Content-Type-Options", "nosniff");

    private WebHeaders() {
    }
}
