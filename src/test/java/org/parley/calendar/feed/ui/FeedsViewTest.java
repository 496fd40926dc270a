package org.parley.calendar.feed.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.ParleyTest;
import org.parley.calendar.feed.FeedScope;
import org.parley.calendar.feed.FeedSummary;
import org.parley.shared.Classification;
import org.springframework.security.test.context.support.WithUserDetails;

@ParleyTest
class FeedsViewTest extends SpringBrowserlessTest {

    private static final String ADDRESS = ".*/calendar/feeds/[A-Za-z0-9_-]{43}\\.ics";

    private static List<FeedSummary> listed(FeedsView view) {
        return view.grid.getGenericDataView().getItems().toList();
    }

    /** The row's button in the actions column (the last one), found by its id. */
    private Button button(FeedsView view, FeedSummary feed, String idPrefix) {
        int row = listed(view).indexOf(feed);
        var actions =
                test(view.grid).getCellComponent(row, view.grid.getColumns().size() - 1);
        return actions.getChildren()
                .filter(Button.class::isInstance)
                .map(Button.class::cast)
                .filter(b -> b.getId().orElse("").equals(idPrefix + feed.id()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    @WithUserDetails("planner2")
    void creating_shows_the_address_once_and_rotating_and_deleting_act_on_the_feed() {
        FeedsView view = navigate(FeedsView.class);
        String name = "View feed " + System.nanoTime();
        assertThat(view.issued.isVisible()).isFalse();
        // a planner cleared for RESTRICTED can show details up to RESTRICTED, not above
        assertThat(view.ceiling.getListDataView().getItems().toList())
                .containsExactly(Classification.UNCLASSIFIED, Classification.RESTRICTED);

        test(view.name).setValue(name);
        test(view.scope).selectItem(FeedScope.EVERYTHING.label());
        test(view.create).click();

        String first = view.url.getValue();
        assertThat(view.issued.isVisible()).isTrue();
        assertThat(first).matches("https?:/" + ADDRESS);
        assertThat(view.webcalUrl.getValue()).isEqualTo("webcal" + first.substring(first.indexOf(':')));
        FeedSummary feed = listed(view).stream()
                .filter(f -> f.name().equals(name))
                .findFirst()
                .orElseThrow();
        assertThat(feed.scope()).isEqualTo(FeedScope.EVERYTHING);
        assertThat(feed.ceiling()).isEqualTo(Classification.UNCLASSIFIED);
        assertThat(feed.includePending()).isFalse();

        // shown once: coming back shows the feed, but no address
        com.vaadin.flow.component.UI.getCurrent().navigate("profile");
        FeedsView again = navigate(FeedsView.class);
        assertThat(again.issued.isVisible()).isFalse();
        assertThat(again.url.getValue()).isEmpty();
        assertThat(listed(again)).extracting(FeedSummary::name).contains(name);

        test(button(again, feed, "rotate-feed-")).click();
        String rotated = again.url.getValue();
        assertThat(again.issued.isVisible()).isTrue();
        assertThat(rotated).matches("https?:/" + ADDRESS).isNotEqualTo(first);

        test(button(again, feed, "revoke-feed-")).click();
        assertThat(again.issued.isVisible()).isFalse();
        assertThat(listed(again)).extracting(FeedSummary::name).doesNotContain(name);
    }

    @Test
    @WithUserDetails("viewer")
    void a_feed_needs_a_name_and_the_scope_asks_for_its_country() {
        FeedsView view = navigate(FeedsView.class);
        int before = listed(view).size();

        test(view.create).click();
        assertThat(view.name.isInvalid()).isTrue();

        test(view.name).setValue("Country feed");
        test(view.scope).selectItem(FeedScope.COUNTRY.label());
        assertThat(view.country.isVisible()).isTrue();
        assertThat(view.kind.isVisible()).isFalse();
        test(view.create).click();

        assertThat(view.issued.isVisible()).isFalse();
        assertThat(listed(view)).hasSize(before);
    }
}
