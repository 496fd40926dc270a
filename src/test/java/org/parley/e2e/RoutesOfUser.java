package org.parley.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The pages a signed-in user can reach: every entry of the navigation (which shows only what the user's roles allow),
 * a meeting page the dashboard links to, and the planner's editor and import pages; for the accessibility and
 * narrow-screen checks, which visit them all.
 */
final class RoutesOfUser {

    private RoutesOfUser() {}

    /** Paths such as {@code /}, {@code /meetings}, {@code /meetings/12}, read from the page the user is on. */
    static List<String> of(RunningParley parley, Page page, boolean planner) {
        open(parley, page, "/");
        Set<String> paths = new LinkedHashSet<>();
        @SuppressWarnings("unchecked")
        List<String> navigation = (List<String>) page.evaluate(
                "() => [...document.querySelectorAll('vaadin-side-nav-item')].map(i => i.getAttribute('path'))");
        for (String path : navigation) {
            if (path != null) {
                paths.add(path.startsWith("/") ? path : "/" + path);
            }
        }
        // the first meeting the dashboard links to (upcoming, waiting, recent): what this user may open
        Object meeting = page.evaluate("() => [...document.querySelectorAll('a[href]')]"
                + ".map(a => new URL(a.href).pathname).find(p => /^\\/meetings\\/\\d+$/.test(p)) || null");
        if (meeting instanceof String path) {
            paths.add(path);
            if (planner) {
                paths.add(path + "/edit");
            }
        }
        if (planner) {
            paths.add("/meetings/new");
            paths.add("/meetings/import");
        }
        return new ArrayList<>(paths);
    }

    /** Opens a path and waits until Vaadin has rendered it and the network is quiet. */
    static void open(RunningParley parley, Page page, String path) {
        page.navigate(parley.url(path));
        page.locator("vaadin-app-layout, vaadin-login-overlay, vaadin-login-form, main")
                .first()
                .waitFor();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.waitForFunction("() => !document.querySelector('vaadin-connection-indicator[loading]')");
    }

    /** The two languages the checks run in: English and Arabic (right to left), each as the profile lists it. */
    enum Language {
        ENGLISH("en", "English"),
        ARABIC("ar", "العربية");

        final String tag;
        final String ownName;

        Language(String tag, String ownName) {
            this.tag = tag;
            this.ownName = ownName;
        }
    }

    /** Switches the signed-in user's language on the profile page; it applies at once, to the whole page. */
    static void switchLanguage(RunningParley parley, Page page, Language language) {
        open(parley, page, "/profile");
        if (language.tag.equals(page.evaluate("() => document.documentElement.lang"))) {
            return;
        }
        page.locator("#profile-language").click();
        page.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText(language.ownName))
                .first()
                .click();
        page.waitForFunction("lang => document.documentElement.lang === lang", language.tag);
        page.waitForLoadState(LoadState.NETWORKIDLE);
    }
}
