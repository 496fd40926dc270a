package org.parley.calendar.feed;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * The feed URL, {@code /calendar/feeds/<token>.ics}: reached only once the feed chain has authenticated the token
 * (FeedSecurityConfiguration), as the feed's owner. Conditional requests (If-None-Match, If-Modified-Since) are
 * answered by Spring's {@link WebRequest#checkNotModified} before anything is rendered.
 */
@RestController
class FeedController {

    static final MediaType TEXT_CALENDAR = MediaType.parseMediaType("text/calendar; charset=utf-8");

    private final FeedPublisher publisher;

    FeedController(FeedPublisher publisher) {
        this.publisher = publisher;
    }

    @GetMapping(FeedTokenFilter.PREFIX + "{file:.+}")
    @Nullable
    ResponseEntity<byte[]> feed(FeedAuthentication feed, WebRequest request, HttpServletResponse response)
            throws IOException {
        Optional<FeedPublisher.FeedVersion> version = publisher.version(feed);
        if (version.isEmpty()) {
            FeedSecurityConfiguration.notFound(response); // revoked between the token check and now
            return null;
        }
        response.setHeader(
                HttpHeaders.CACHE_CONTROL, CacheControl.noCache().cachePrivate().getHeaderValue());
        // sets ETag and Last-Modified, and answers 304 when the calendar program's copy is current
        if (request.checkNotModified(
                version.get().etag(), version.get().lastModified().toEpochMilli())) {
            return null;
        }
        // named, so that Spring does not add its own "f.txt" guard against reflected file downloads
        return ResponseEntity.ok()
                .contentType(TEXT_CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"parley-feed.ics\"")
                .body(publisher.body(feed, version.get()));
    }
}
