package org.parley.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * Moving through a page with the keyboard alone, as a user who cannot use a mouse: Tab until the wanted control has
 * focus. The page is only read to know where the focus is, never clicked.
 */
final class Keyboard {

    /** More presses than any page has stops: a control that Tab never reaches fails the test. */
    private static final int MOST_PRESSES = 250;

    /** The focused element, followed into shadow roots. */
    private static final String FOCUSED = """
            let focused = document.activeElement;
            while (focused && focused.shadowRoot && focused.shadowRoot.activeElement) {
                focused = focused.shadowRoot.activeElement;
            }
            """;

    /** Whether one of the elements is the focused one or holds it (across shadow roots). */
    private static final String HOLDS_FOCUS = "elements => {" + FOCUSED + """
                for (let node = focused; node; node = node.parentElement || (node.getRootNode() || {}).host) {
                    if (elements.includes(node)) {
                        return true;
                    }
                }
                return false;
            }""";

    /** The text of the grid row that holds the focused cell (the cells' contents are slotted into the row). */
    private static final String FOCUSED_ROW_TEXT = "() => {" + FOCUSED + """
                const row = focused && focused.closest ? focused.closest('tr') : null;
                return row ? [...row.querySelectorAll('slot')].flatMap(s => s.assignedElements())
                        .map(e => e.innerText).join(' ') : '';
            }""";

    private Keyboard() {}

    /** Presses Tab until focus is on (or inside) one of the elements the locator finds. */
    static void tabTo(Page page, Locator target) {
        for (int i = 0; i < MOST_PRESSES; i++) {
            if (hasFocus(target)) {
                return;
            }
            page.keyboard().press("Tab");
        }
        throw new AssertionError("Tab never reached " + target + "; focus is on " + focused(page));
    }

    /** Presses Tab until focus is on (or inside) an element matching the selector. */
    static void tabTo(Page page, String selector) {
        tabTo(page, page.locator(selector));
    }

    /** Presses Tab until focus is on (or inside) an element matching the selector that shows the text. */
    static void tabTo(Page page, String selector, String text) {
        tabTo(page, page.locator(selector).filter(new Locator.FilterOptions().setHasText(text)));
    }

    /** Moves down a grid with the arrow key until the focused row shows the text. */
    static void arrowDownToRow(Page page, String text) {
        for (int i = 0; i < MOST_PRESSES; i++) {
            if (String.valueOf(page.evaluate(FOCUSED_ROW_TEXT)).contains(text)) {
                return;
            }
            page.keyboard().press("ArrowDown");
        }
        throw new AssertionError("No grid row showing \"" + text + "\"; focus is on " + focused(page));
    }

    static boolean hasFocus(Locator target) {
        return Boolean.TRUE.equals(target.evaluateAll(HOLDS_FOCUS));
    }

    static String focused(Page page) {
        return String.valueOf(
                page.evaluate("() => {" + FOCUSED + "return focused ? focused.outerHTML.substring(0, 200) : '';}"));
    }
}
