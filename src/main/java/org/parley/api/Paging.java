package org.parley.api;

import java.util.List;
import org.parley.api.InvalidInputException.FieldMessage;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code page} (from 0) and {@code size} (1–100), as the grids page; the answer links to the next page if any. A page
 * starts at most {@value #MAX_OFFSET} items in, far beyond any list Parley keeps (docs/0016-clean-edges.md).
 */
final class Paging {

    static final int MAX_SIZE = 100;
    static final String DEFAULT_SIZE = "20";
    /** How deep a page may start; offsets beyond the databases' int range used to fail with a 500. */
    static final long MAX_OFFSET = 1_000_000;

    private Paging() {}

    static Pageable of(int page, int size) {
        if (page < 0) {
            throw new InvalidInputException(List.of(new FieldMessage("page", "Pages are counted from 0")));
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException(
                    List.of(new FieldMessage("size", "Ask for 1 to " + MAX_SIZE + " items a page")));
        }
        if ((long) page * size > MAX_OFFSET) {
            throw new InvalidInputException(List.of(new FieldMessage(
                    "page", "Pages reach at most " + MAX_OFFSET + " items deep; narrow the search instead")));
        }
        return PageRequest.of(page, size);
    }

    static <T> Json.Page<T> page(Slice<?> slice, List<T> items, Long total) {
        String next = slice.hasNext()
                ? ServletUriComponentsBuilder.fromCurrentRequest()
                        .replaceQueryParam("page", slice.getNumber() + 1)
                        .build()
                        .toUriString()
                : null;
        return new Json.Page<>(items, slice.getNumber(), slice.getSize(), total, next);
    }
}
