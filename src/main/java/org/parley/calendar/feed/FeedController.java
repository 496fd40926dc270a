package org.parley.calendar.feed;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The feed URL, {@code /calendar/feeds/<token>.ics}: open without sign-in (the token is the key), no session. Unknown,
 * rotated and revoked tokens and feeds of disabled users all get the same 404.
 */
@RestController
class FeedController {

    static final MediaType TEXT_CALENDAR = MediaType.parseMediaType("text/calendar; charset=utf-8");

    private final FeedPublisher publisher;

    FeedController(FeedPublisher publisher) {
        this.publisher = publisher;
    }

    @GetMapping("/calendar/feeds/{file:.+}")
    ResponseEntity<byte[]> feed(@PathVariable String file,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) @Nullable String ifNoneMatch,
            @RequestHeader(name = HttpHeaders.IF_MODIFIED_SINCE, required = false) @Nullable String ifModifiedSince) {
        if (!file.endsWith(".ics")) {
            return notFound();
        }
        String token = file.substring(0, file.length() - ".ics".length());
        FeedPublisher.Answer answer = publisher.answer(token, ifNoneMatch, date(ifModifiedSince));
        if (answer.status() == 404) {
            return notFound();
        }
        var response = ResponseEntity.status(answer.status())
                .cacheControl(CacheControl.noCache().cachePrivate())
                .eTag(answer.etag())
                .lastModified(answer.lastModified());
        if (answer.status() == 304) {
            return response.build();
        }
        // named, so that Spring does not add its own "f.txt" guard against reflected file downloads
        return response.contentType(TEXT_CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"parley-feed.ics\"")
                .body(answer.body());
    }

    private static ResponseEntity<byte[]> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
                .cacheControl(CacheControl.noStore()).body(FeedPublisher.notFoundBody());
    }

    private static @Nullable Instant date(@Nullable String header) {
        if (header == null) {
            return null;
        }
        try {
            return DateTimeFormatter.RFC_1123_DATE_TIME.parse(header, Instant::from);
        } catch (DateTimeParseException e) {
            return null; // an unreadable date is ignored, as RFC 9110 says
        }
    }
}
