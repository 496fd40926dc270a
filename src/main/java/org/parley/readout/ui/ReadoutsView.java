package org.parley.readout.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.parley.readout.PublicReadout;
import org.parley.readout.ReadoutService;
import org.parley.shared.CountryCode;
import org.parley.shared.NotFoundException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;

/**
 * The public Readouts page, readable without signing in: released readouts newest first, filtered by country
 * ({@code /readouts?country=RU}), or one readout ({@code /readouts/42}). It shows only what the readout carries: the
 * meeting's title, date, place and countries as released, and the released texts. Texts follow the visitor's browser
 * language (Accept-Language): their own language first.
 */
@Route(value = "readouts", autoLayout = false)
@AnonymousAllowed
class ReadoutsView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    static final int PAGE_SIZE = 20;

    private final ReadoutService readouts;
    private final ComboBox<CountryCode> country = new ComboBox<>();
    private final Div list = new Div();
    private final Button more = new Button();
    private @Nullable CountryCode filter;
    private int page;

    ReadoutsView(ReadoutService readouts) {
        this.readouts = readouts;
        addClassName("parley-public");
        list.addClassName("parley-readouts");
        list.setId("readouts");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("readout.public.title") + " \u00b7 Parley";
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter @Nullable Long id) {
        removeAll();
        list.removeAll();
        getElement().setAttribute("lang", getLocale().getLanguage());
        var title = new H1(getTranslation("readout.public.title"));
        add(title);
        if (id != null) {
            PublicReadout readout = readouts.publishedOne(id).orElseThrow(() -> new NotFoundException("Readout"));
            list.add(card(readout, getLocale()));
            var all = new Anchor("readouts", getTranslation("readout.public.all"));
            all.setId("all-readouts");
            add(list, all);
            return;
        }
        add(new Paragraph(getTranslation("readout.public.intro")));
        var feed = new Anchor("readouts.atom", getTranslation("readout.public.feed"));
        feed.setRouterIgnore(true);
        feed.setId("readouts-feed");
        add(feed);
        Locale locale = getLocale();
        country.setLabel(getTranslation("readout.public.country"));
        country.setClearButtonVisible(true);
        country.setItems(CountryCode.allSortedByName(locale));
        country.setItemLabelGenerator(c -> c.displayName(locale));
        country.setId("readout-country");
        String requested = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("country")
                .orElse(null);
        filter = requested != null && CountryCode.isValid(requested) ? CountryCode.of(requested) : null;
        country.setValue(filter);
        country.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                getUI().ifPresent(ui -> ui.navigate(
                        "readouts",
                        e.getValue() == null
                                ? QueryParameters.empty()
                                : QueryParameters.simple(
                                        Map.of("country", e.getValue().code()))));
            }
        });
        more.setText(getTranslation("readout.public.more"));
        more.setId("more-readouts");
        more.addClickListener(e -> showPage(page + 1));
        add(country, list, more);
        showPage(0);
    }

    private void showPage(int number) {
        page = number;
        Slice<PublicReadout> slice = readouts.published(filter, PageRequest.of(number, PAGE_SIZE));
        if (number == 0 && slice.isEmpty()) {
            var none = new Paragraph(getTranslation("readout.public.none"));
            none.addClassName("parley-muted");
            list.add(none);
        }
        slice.forEach(r -> list.add(card(r, getLocale())));
        more.setVisible(slice.hasNext());
    }

    /** One readout: the released facts, then its texts (the visitor's language first), or the withdrawal notice. */
    static Component card(PublicReadout readout, Locale locale) {
        var card = new Article();
        card.addClassName("parley-readout");
        card.setId("readout-" + readout.id());
        var heading = new H2(new Anchor("readouts/" + readout.id(), readout.title()));
        var facts = new Paragraph(readout.dateAndPlace(locale) + " \u00b7 "
                + String.join(
                        ", ",
                        readout.countries().stream()
                                .map(c -> c.displayName(locale))
                                .toList()));
        facts.addClassName("parley-readout-facts");
        card.add(heading, facts);
        if (readout.correctedAt() != null) {
            var corrected = new Span(readout.correctionNote(locale));
            corrected.addClassNames("parley-badge", "info");
            corrected.addClassName("parley-readout-corrected");
            card.add(corrected);
        }
        if (readout.withdrawn()) {
            var notice = new Paragraph(readout.withdrawalNotice(locale));
            notice.addClassName("parley-readout-withdrawn");
            card.add(notice);
            return card;
        }
        List<PublicReadout.Text> texts = readout.texts().stream()
                .sorted(Comparator.comparing(
                                (PublicReadout.Text t) -> !t.language().equals(locale.getLanguage()))
                        .thenComparing(PublicReadout.Text::language))
                .toList();
        for (PublicReadout.Text text : texts) {
            var body = new Div();
            body.addClassName("parley-readout-text");
            body.getElement().setAttribute("lang", text.language());
            body.getElement().setAttribute("dir", "auto");
            if (texts.size() > 1) {
                var language = new Span(Locale.forLanguageTag(text.language()).getDisplayLanguage(locale));
                language.addClassName("parley-muted");
                body.add(language);
            }
            body.add(new Paragraph(text.body() == null ? "" : text.body()));
            card.add(body);
        }
        return card;
    }
}
