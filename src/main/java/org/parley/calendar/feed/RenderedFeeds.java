package org.parley.calendar.feed;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Feed bodies already rendered, by feed version, in a Caffeine cache weighed in bytes. A strong ETag promises the
 * same bytes for the same version, so a body can be reused for as long as its version stands; calendar programs that
 * poll without If-None-Match (Google's does) then cost the version query and no rendering. Once the bodies pass
 * {@link FeedSettings#cacheBytes()} Caffeine evicts the least useful; a body larger than that is not kept.
 */
@Component
class RenderedFeeds {

    private final Cache<String, byte[]> bodies;

    RenderedFeeds(FeedSettings settings) {
        this.bodies = Caffeine.newBuilder()
                .maximumWeight(settings.cacheBytes())
                .weigher((String version, byte[] body) -> body.length)
                .executor(Runnable::run) // evict at once, in the caller's thread: the limit is memory
                .build();
    }

    /** The body of this version, rendered now if it is not kept; one render per version at a time. */
    byte[] body(String version, Supplier<byte[]> render) {
        return bodies.get(version, v -> render.get());
    }

    /** The bytes kept now, for tests and benchmarks. */
    long keptBytes() {
        bodies.cleanUp();
        return bodies.policy().eviction().orElseThrow().weightedSize().orElse(0);
    }

    /** Forgets every body, so that the next answer of each feed is rendered (for benchmarks and tests). */
    void clear() {
        bodies.invalidateAll();
    }
}
