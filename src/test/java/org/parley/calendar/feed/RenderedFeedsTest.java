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
        return new RenderedFeeds(new FeedSettings(
                Duration.ofHours(1),
                Period.ofDays(90),
                Period.ofDays(730),
                Period.ofDays(30),
                5000,
                DataSize.ofBytes(bytes)));
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
    void the_kept_bodies_never_add_up_to_more_than_the_limit_and_a_busy_feed_keeps_its_body() {
        RenderedFeeds feeds = keeping(100);
        for (int poll = 0; poll < 5; poll++) {
            feeds.body("busy", () -> render(40));
        }
        assertThat(renders).hasValue(1);

        for (int version = 0; version < 20; version++) {
            String key = "once-" + version;
            feeds.body(key, () -> render(40));
            assertThat(feeds.keptBytes()).as("after " + key).isLessThanOrEqualTo(100);
            feeds.body("busy", () -> render(40));
        }

        assertThat(renders)
                .as("20 one-off versions, and the busy feed rendered once")
                .hasValue(21);
    }

    @Test
    void a_body_larger_than_the_limit_is_answered_but_never_kept() {
        RenderedFeeds feeds = keeping(100);

        assertThat(feeds.body("huge", () -> render(101))).hasSize(101);
        feeds.body("huge", () -> render(101));

        assertThat(renders).hasValue(2);
        assertThat(feeds.keptBytes()).isZero();
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
