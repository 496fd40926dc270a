package org.parley.calendar.feed;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Feed bodies already rendered, by feed version. A strong ETag promises the same bytes for the same version, so a
 * body can be reused for as long as its version stands; calendar programs that poll without If-None-Match (Google's
 * does) then cost the version query and no rendering. Least recently used bodies go first once the total passes
 * {@link FeedSettings#cacheBytes()}; a body larger than that is never kept.
 */
@Component
class RenderedFeeds {

    private final long capacityBytes;
    private final Map<String, byte[]> bodies = new LinkedHashMap<>(16, 0.75f, true);
    private long totalBytes;

    RenderedFeeds(FeedSettings settings) {
        this.capacityBytes = settings.cacheBytes();
    }

    /** The body of this version, rendered now if it is not kept. Rendering happens outside the lock. */
    byte[] body(String version, Supplier<byte[]> render) {
        synchronized (this) {
            byte[] kept = bodies.get(version);
            if (kept != null) {
                return kept;
            }
        }
        byte[] rendered = render.get();
        keep(version, rendered);
        return rendered;
    }

    private synchronized void keep(String version, byte[] body) {
        if (body.length > capacityBytes) {
            return;
        }
        byte[] previous = bodies.put(version, body);
        totalBytes += body.length - (previous == null ? 0 : previous.length);
        var eldest = bodies.entrySet().iterator();
        while (totalBytes > capacityBytes && eldest.hasNext()) {
            totalBytes -= eldest.next().getValue().length;
            eldest.remove();
        }
    }

    /** Forgets every body, so that the next answer of each feed is rendered (for benchmarks and tests). */
    synchronized void clear() {
        bodies.clear();
        totalBytes = 0;
    }
}
