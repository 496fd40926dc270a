package org.parley.shared.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.concurrent.atomic.AtomicReference;

/** Rows that open something: by a click, and by Enter on the focused row, so that a keyboard opens them too. */
public final class GridRows {

    private GridRows() {}

    /**
     * Opens a row's item when it is clicked or when Enter is pressed on one of its cells (not on a control inside a
     * cell, which handles Enter itself).
     */
    public static <T> void openOnClickOrEnter(Grid<T> grid, SerializableConsumer<T> open) {
        grid.addItemClickListener(e -> open.accept(e.getItem()));
        AtomicReference<T> focused = new AtomicReference<>();
        grid.addCellFocusListener(e -> focused.set(e.getItem().orElse(null)));
        grid.getElement()
                .addEventListener("keydown", e -> {
                    T item = focused.get();
                    if (item != null) {
                        open.accept(item);
                    }
                })
                // on the grid itself: a cell has focus (Enter inside a cell's field or button is theirs)
                .setFilter("event.key === 'Enter' && event.target === element");
    }
}
