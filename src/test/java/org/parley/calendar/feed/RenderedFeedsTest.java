package org.parley.calendar.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Period;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class RenderedFeedsTest {

    private final AtomicInteger renders = new AtomicInteger();

    private static RenderedFeeds keeping(int bytes) {
        return new RenderedFeeds(new FeedSettings(Duration.ofHours(1), Period.ofDays(90), Period.ofDays(730),
                Period.ofDays(30), 5000, DataSize.ofBytes(bytes)));
    }

    private byte[] render(int size) {
        renders.incrementAndGet();
        return new byte[size];
    }

    @Test
    void a_version_is_rendered_once_and_its_body_reused() {
        RenderedFeeds feeds = keeping(100);

        byte[] first = feeds.body("v1", () -> render(10));
        byte[] again = feeds.body("v1", () -> render(10));

        assertThat(again).isSameAs(first);
        assertThat(renders).hasValue(1);
        feeds.body("v2", () -> render(10));
        assertThat(renders).hasValue(2);
    }

    @Test
    void the_least_recently_used_bodies_go_first_when_the_total_passes_the_limit() {
        RenderedFeeds feeds = keeping(100);
        feeds.body("a", () -> render(40));
        feeds.body("b", () -> render(40));
        feeds.body("a", () -> render(40)); // a is now the most recently used

        feeds.body("c", () -> render(40)); // 120 bytes: b goes
        assertThat(renders).hasValue(3);

        feeds.body("a", () -> render(40));
        feeds.body("c", () -> render(40));
        assertThat(renders).as("a and c kept").hasValue(3);
        feeds.body("b", () -> render(40));
        assertThat(renders).as("b rendered again").hasValue(4);
    }

    @Test
    void a_body_larger_than_the_limit_is_answered_but_never_kept() {
        RenderedFeeds feeds = keeping(100);

        assertThat(feeds.body("huge", () -> render(101))).hasSize(101);
        feeds.body("huge", () -> render(101));

        assertThat(renders).hasValue(2);
    }

    @Test
    void clearing_forgets_every_body() {
        RenderedFeeds feeds = keeping(100);
        feeds.body("v1", () -> render(10));

        feeds.clear();
        feeds.body("v1", () -> render(10));

        assertThat(renders).hasValue(2);
    }
}
