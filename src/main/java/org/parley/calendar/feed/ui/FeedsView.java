package org.parley.calendar.feed.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.ConstraintViolationException;
import java.time.ZoneId;
import org.parley.calendar.feed.FeedData;
import org.parley.calendar.feed.FeedScope;
import org.parley.calendar.feed.FeedService;
import org.parley.calendar.feed.FeedSummary;
import org.parley.calendar.feed.IssuedFeed;
import org.parley.meeting.MeetingKind;
import org.parley.meeting.MeetingRef;
import org.parley.meeting.MeetingService;
import org.parley.security.CurrentUser;
import org.parley.security.SignedInUser;
import org.parley.shared.Classification;
import org.parley.shared.Messages;
import org.parley.shared.NotFoundException;
import org.parley.shared.RuleViolationException;
import org.parley.shared.TimeLabels;
import org.parley.shared.ui.CountryField;
import org.parley.shared.ui.MainLayout;
import org.parley.shared.ui.Notifications;

/**
 * The caller's calendar subscription feeds. A feed's URL is shown once, right after it is created or its token
 * rotated: Parley keeps only a hash of the token, so it cannot show it again.
 */
@Route(value = "feeds", layout = MainLayout.class)
@Menu(title = "calendar.feeds.title", order = 50, icon = "vaadin:calendar-envelope")
@PermitAll
class FeedsView extends VerticalLayout implements HasDynamicTitle {

    final TextField name = new TextField(getTranslation("calendar.feeds.name"));
    final Select<FeedScope> scope = new Select<>();
    final CountryField country = new CountryField(getTranslation("calendar.feeds.country"));
    final Select<MeetingKind> kind = new Select<>();
    final ComboBox<MeetingRef> conference = new ComboBox<>(getTranslation("calendar.feeds.conference"));
    final Select<Classification> ceiling = new Select<>();
    final Checkbox includePending = new Checkbox(getTranslation("calendar.feeds.includePending"));
    final Button create = new Button(getTranslation("calendar.feeds.create"), VaadinIcon.PLUS.create());
    final Grid<FeedSummary> grid = new Grid<>(FeedSummary.class, false);
    /** Where a new URL is shown, once. */
    final VerticalLayout issued = new VerticalLayout();

    final TextField url = new TextField(getTranslation("calendar.feeds.address"));
    final TextField webcalUrl = new TextField(getTranslation("calendar.feeds.webcal"));

    private final FeedService feeds;
    private final ZoneId zone;

    FeedsView(FeedService feeds, MeetingService meetings, CurrentUser currentUser) {
        this.feeds = feeds;
        SignedInUser user = currentUser.require();
        this.zone = user.timeZone();
        setSizeFull();

        name.setId("feed-name");
        name.setMaxLength(120);
        scope.setLabel(getTranslation("calendar.feeds.meetings"));
        scope.setId("feed-scope");
        scope.setItems(FeedScope.values());
        scope.setItemLabelGenerator(s -> Messages.label(getLocale(), s));
        scope.setValue(FeedScope.MY_MEETINGS);
        country.setId("feed-country");
        kind.setLabel(getTranslation("calendar.feeds.kind"));
        kind.setId("feed-kind");
        kind.setItems(MeetingKind.values());
        kind.setItemLabelGenerator(k -> Messages.label(getLocale(), k));
        conference.setId("feed-conference");
        conference.setItems(
                query -> meetings
                        .conferences(query.getFilter().orElse(""), VaadinSpringDataHelpers.toSpringPageRequest(query))
                        .stream());
        conference.setItemLabelGenerator(MeetingRef::title);
        ceiling.setLabel(getTranslation("calendar.feeds.ceiling"));
        ceiling.setId("feed-ceiling");
        ceiling.setItems(user.clearance().andBelow());
        ceiling.setItemLabelGenerator(c -> Messages.label(getLocale(), c));
        ceiling.setValue(Classification.UNCLASSIFIED);
        ceiling.setHelperText(getTranslation("calendar.feeds.ceilingHelper"));
        includePending.setId("feed-pending");
        scope.addValueChangeListener(e -> showScopeFields());
        showScopeFields();
        create.setId("create-feed");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> create());
        var form = new FormLayout(name, scope, country, kind, conference, ceiling, includePending);

        url.setId("feed-url");
        url.setReadOnly(true);
        url.setWidthFull();
        webcalUrl.setId("feed-webcal-url");
        webcalUrl.setReadOnly(true);
        webcalUrl.setWidthFull();
        issued.setId("issued-feed");
        issued.setPadding(false);
        issued.setVisible(false);

        grid.setId("feeds");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(FeedSummary::name)
                .setHeader(getTranslation("calendar.feeds.name"))
                .setFlexGrow(2);
        grid.addColumn(FeedSummary::scopeText)
                .setHeader(getTranslation("calendar.feeds.meetings"))
                .setFlexGrow(2);
        grid.addColumn(f -> Messages.label(getLocale(), f.ceiling()))
                .setHeader(getTranslation("calendar.feeds.detailsUpTo"));
        grid.addColumn(f -> getTranslation(f.includePending() ? "calendar.feeds.yes" : "calendar.feeds.no"))
                .setHeader(getTranslation("calendar.feeds.pending"));
        grid.addColumn(f -> f.lastUsedAt() == null
                        ? getTranslation("calendar.feeds.never")
                        : TimeLabels.dayAndTime(f.lastUsedAt(), zone, getLocale()))
                .setHeader(getTranslation("calendar.feeds.lastUsed"));
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true);

        add(new Paragraph(getTranslation("calendar.feeds.intro")), form, create, issued, grid);
        refresh();
    }

    private HorizontalLayout actions(FeedSummary feed) {
        var rotate =
                new Button(getTranslation("calendar.feeds.rotate"), VaadinIcon.REFRESH.create(), e -> rotate(feed));
        rotate.setId("rotate-feed-" + feed.id());
        rotate.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var revoke = new Button(getTranslation("calendar.feeds.delete"), VaadinIcon.TRASH.create(), e -> revoke(feed));
        revoke.setId("revoke-feed-" + feed.id());
        revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(rotate, revoke);
    }

    private void showScopeFields() {
        country.setVisible(scope.getValue() == FeedScope.COUNTRY);
        kind.setVisible(scope.getValue() == FeedScope.KIND);
        conference.setVisible(scope.getValue() == FeedScope.CONFERENCE);
    }

    void create() {
        if (name.getValue().isBlank()) {
            name.setInvalid(true);
            name.setErrorMessage(getTranslation("calendar.feed.nameRequired"));
            return;
        }
        name.setInvalid(false);
        var data = new FeedData(
                name.getValue(),
                scope.getValue(),
                country.getValue(),
                kind.getValue(),
                conference.getValue() == null ? null : conference.getValue().id(),
                ceiling.getValue(),
                includePending.getValue());
        try {
            show(
                    feeds.create(data),
                    getTranslation("calendar.feeds.created", data.name().strip()));
            name.clear();
        } catch (ConstraintViolationException invalid) {
            Notifications.error(
                    invalid.getConstraintViolations().iterator().next().getMessage());
        } catch (RuleViolationException refused) {
            Notifications.error(refused.messageIn(getLocale()));
        } catch (NotFoundException refused) {
            Notifications.error(refused.getMessage());
        }
    }

    void rotate(FeedSummary feed) {
        show(feeds.rotate(feed.id()), getTranslation("calendar.feeds.rotated", feed.name()));
    }

    void revoke(FeedSummary feed) {
        feeds.revoke(feed.id());
        issued.setVisible(false);
        Notifications.success(getTranslation("calendar.feeds.deleted", feed.name()));
        refresh();
    }

    private void show(IssuedFeed feed, String message) {
        issued.removeAll();
        url.setValue(feed.url().toString());
        webcalUrl.setValue(feed.webcalUrl().toString());
        var copyUrl = copyButton("copy-feed-url", url);
        var copyWebcal = copyButton("copy-feed-webcal-url", webcalUrl);
        var subscribe = new Anchor();
        // webcal: is not on Vaadin's list of safe schemes; this address is Parley's own, built from its base URL
        subscribe.setUnsafeHref(feed.webcalUrl().toString());
        subscribe.setText(getTranslation("calendar.feeds.subscribe"));
        subscribe.setId("subscribe-feed");
        var urlRow = new HorizontalLayout(url, copyUrl);
        var webcalRow = new HorizontalLayout(webcalUrl, copyWebcal);
        for (HorizontalLayout row : new HorizontalLayout[] {urlRow, webcalRow}) {
            row.setWidthFull();
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
        }
        issued.add(
                new H3(getTranslation("calendar.feeds.addressOf", feed.feed().name())),
                new Paragraph(getTranslation("calendar.feeds.copyNow")),
                urlRow,
                webcalRow,
                subscribe);
        issued.setVisible(true);
        Notifications.success(message);
        refresh();
    }

    private Button copyButton(String id, TextField field) {
        var copy = new Button(
                getTranslation("calendar.feeds.copy"),
                VaadinIcon.COPY.create(),
                e -> UI.getCurrent().getPage().executeJs("navigator.clipboard.writeText($0)", field.getValue()));
        copy.setId(id);
        return copy;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("calendar.feeds.title");
    }

    private void refresh() {
        grid.setItems(feeds.mine());
    }
}
