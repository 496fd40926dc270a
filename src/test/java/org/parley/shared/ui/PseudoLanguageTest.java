package org.parley.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parley.ParleyTest;
import org.parley.directory.Person;
import org.parley.meeting.AgendaItemData;
import org.parley.meeting.MeetingDataBuilder;
import org.parley.meeting.MeetingFormat;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingKind;
import org.parley.meeting.MeetingService;
import org.parley.security.SystemTask;
import org.parley.shared.CountryCode;
import org.parley.shared.Messages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Every text of the converted views comes from a bundle (docs/0021): rendered in {@link Messages#PSEUDO}, whose texts
 * are wrapped in ⟦…⟧, every visible text (text nodes, labels, placeholders, helper texts, accessible names) is wrapped,
 * except data: names, numbers, the product's name, each language's own name, and the lines of the dashboard's cards
 * (a meeting's title, time and status).
 */
@ParleyTest
class PseudoLanguageTest extends SpringBrowserlessTest {

    private static final List<String> TEXT_PROPERTIES =
            List.of("label", "placeholder", "helperText", "aria-label", "accessibleName", "headerTitle");

    @Test
    @WithUserDetails("admin")
    void the_dashboard_users_and_profile_pages_and_the_frame_speak_only_from_the_bundles() {
        inPseudoLanguage();
        for (String route : List.of("", "admin/users", "profile", "no-such-page")) {
            UI.getCurrent().navigate(route);
            assertThat(unwrapped(UI.getCurrent().getElement()))
                    .as("texts not from a bundle on /%s", route)
                    .isEmpty();
        }
    }

    /** Pages of the features converted after the first round (directory, follow-up, approval, audit, calendar). */
    @Test
    @WithUserDetails("admin")
    void the_administrators_pages_of_the_converted_features_speak_only_from_the_bundles() {
        inPseudoLanguage();
        for (String route : List.of("admin/audit", "actions", "people", "venues", "feeds")) {
            UI.getCurrent().navigate(route);
            assertThat(unwrapped(UI.getCurrent().getElement()))
                    .as("texts not from a bundle on /%s", route)
                    .isEmpty();
        }
    }

    @Test
    @WithUserDetails("planner")
    void the_invitation_import_speaks_only_from_the_bundles() {
        inPseudoLanguage();
        UI.getCurrent().navigate("meetings/import");
        assertThat(unwrapped(UI.getCurrent().getElement())).isEmpty();
    }

    @Test
    @WithUserDetails("approver")
    void the_approvers_inbox_speaks_only_from_the_bundles() {
        inPseudoLanguage();
        UI.getCurrent().navigate("approvals");
        assertThat(unwrapped(UI.getCurrent().getElement())).isEmpty();
    }

    @Test
    @WithUserDetails("admin")
    void the_dialogs_of_the_users_page_and_the_notifications_speak_only_from_the_bundles() {
        inPseudoLanguage();
        UI.getCurrent().navigate("admin/users");
        test($(com.vaadin.flow.component.button.Button.class)
                        .withText("\u27e6New user\u27e7")
                        .single())
                .click();
        assertThat(unwrapped(UI.getCurrent().getElement()))
                .as("the new-user dialog")
                .isEmpty();
        $(com.vaadin.flow.component.dialog.Dialog.class).all().forEach(d -> d.close());

        test($(com.vaadin.flow.component.button.Button.class).id("notification-bell"))
                .click();
        assertThat(unwrapped(UI.getCurrent().getElement()))
                .as("the notifications")
                .isEmpty();
    }

    @Test
    @WithAnonymousUser
    void the_sign_in_page_speaks_only_from_the_bundles() {
        inPseudoLanguage();
        UI.getCurrent().navigate("login");
        assertThat(unwrapped(UI.getCurrent().getElement())).isEmpty();
    }

    @Test
    @WithUserDetails("planner")
    void the_meetings_list_calendar_and_editor_speak_only_from_the_bundles() {
        MeetingId id = meeting();
        inPseudoLanguage();
        for (String route : List.of("meetings", "calendar", "meetings/new", "meetings/" + id + "/edit")) {
            UI.getCurrent().navigate(route);
            assertThat(unwrapped(UI.getCurrent().getElement(), PseudoLanguageTest::meetingData).stream()
                            // the calendar feature's "Import invitation" on the list is not this feature's text
                            .filter(text -> !text.equals(importInvitationText()))
                            .toList())
                    .as("texts not from a bundle on /%s", route)
                    .isEmpty();
        }
        // the calendar's other two ways to show a period
        UI.getCurrent().navigate("calendar");
        for (String mode : List.of("WEEK", "AGENDA")) {
            @SuppressWarnings("unchecked")
            com.vaadin.flow.component.radiobutton.RadioButtonGroup<Object> modes =
                    $(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class)
                            .id("calendar-mode");
            modes.getListDataView()
                    .getItems()
                    .filter(item -> ((Enum<?>) item).name().equals(mode))
                    .findFirst()
                    .ifPresent(modes::setValue);
            assertThat(unwrapped(UI.getCurrent().getElement(), PseudoLanguageTest::meetingData))
                    .as("texts not from a bundle in the calendar's %s", mode)
                    .isEmpty();
        }
    }

    @Test
    @WithUserDetails("planner")
    void the_meeting_page_and_the_editors_dialogs_speak_only_from_the_bundles() {
        MeetingId id = meeting();
        inPseudoLanguage();
        UI.getCurrent().navigate("meetings/" + id);
        // the parts this feature draws; other features' sections and header facts speak from their own bundles. The
        // history's entries are written by the service in the request's language (never the pseudo-language), so only
        // its summary is checked here
        for (String part : List.of(
                "meeting-title",
                "edit-meeting",
                "time-venue",
                "time-delegations",
                "meeting-where",
                "meeting-heads",
                "delegations",
                "agenda",
                "objectives",
                "conflicts",
                "history",
                "meeting-provenance")) {
            Element element = $(Component.class).id(part).getElement();
            assertThat(unwrapped(element, PseudoLanguageTest::meetingData))
                    .as("texts not from a bundle in #%s", part)
                    .isEmpty();
        }
        Element badges = $(Component.class)
                .id("meeting-header")
                .getElement()
                .getChildren()
                .filter(e -> e.getClassList().contains("parley-badges"))
                .findFirst()
                .orElseThrow();
        assertThat(unwrapped(badges)).as("the badges").isEmpty();

        UI.getCurrent().navigate("meetings/" + id + "/edit");
        test($(com.vaadin.flow.component.button.Button.class).id("find-time")).click();
        assertThat(unwrapped(UI.getCurrent().getElement(), PseudoLanguageTest::meetingData))
                .as("the slot finder")
                .isEmpty();
    }

    @Autowired
    org.parley.DirectoryFixture directory;

    @Autowired
    MeetingService meetings;

    /** A meeting between two delegations with an agenda item, in Riyadh's zone (the planner's is another). */
    private MeetingId meeting() {
        Person ru = directory.person("Pseudo Ru", new CountryCode("RU"), ZoneId.of("Europe/Moscow"));
        Person us = directory.person("Pseudo Us", new CountryCode("US"), ZoneId.of("America/New_York"));
        LocalDateTime start = LocalDateTime.now()
                .plusDays(2)
                .withHour(9)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        return SystemTask.runAsSystem(() -> meetings.create(
                        MeetingDataBuilder.meeting("Pseudo probe")
                                .kind(MeetingKind.MINISTERIAL_MEETING)
                                .format(MeetingFormat.VIRTUAL)
                                .at(start, start.plusHours(2), ZoneId.of("Asia/Riyadh"))
                                .sides(new CountryCode("US"), new CountryCode("SA"))
                                .objectives("Talks")
                                .agenda(new AgendaItemData("Consular staff", "", 30))
                                .headedBy(new CountryCode("RU"), ru.id(), new CountryCode("US"), us.id())
                                .build(),
                        true)
                .id());
    }

    /**
     * Data on the meetings' pages: the meeting's title, people, countries (the JDK's names, English in the
     * pseudo-language), and dates and times (formatted by the JDK in the reader's language, English here).
     */
    private static boolean meetingData(String text) {
        // data with a wrapped word beside it: "Russia ⟦(ours)⟧"
        String unwrappedRest = text.replaceAll("\u27e6[^\u27e7]*\u27e7", "").strip();
        if (!unwrappedRest.equals(text) && (unwrappedRest.isEmpty() || meetingData(unwrappedRest))) {
            return true;
        }
        return text.startsWith("Pseudo ")
                || Set.of("Paula Planner", "Consular staff", "Talks", "Russia", "United States", "Saudi Arabia")
                        .contains(text)
                || FORMATTED_TIME.matcher(text).matches()
                // data joined by signs only: "Russia: Pseudo Ru · United States: Pseudo Us"
                || text.contains(" \u00b7 ")
                        && Arrays.stream(text.split(" \u00b7 "))
                                .allMatch(part ->
                                        Arrays.stream(part.split(": ")).allMatch(PseudoLanguageTest::meetingData));
    }

    /**
     * A day and time as the JDK writes them ("Thu 24 Feb 2033, 09:00–11:00 (Riyadh, UTC+03:00)", "March 2033",
     * "Mon", "09:00"): in the pseudo-language the JDK writes them in English, in a real language in that language.
     */
    private static final java.util.regex.Pattern FORMATTED_TIME;

    static {
        String weekday = "(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*";
        String month = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*";
        String day = "(?:" + weekday + ",? ?)?(?:\\d{1,2} )?(?:" + month + " ?)?(?:\\d{4})?";
        String time = "(?:,? ?\\d{2}:\\d{2}(?:\u2013(?:" + day + ",? )?\\d{2}:\\d{2})?)?";
        FORMATTED_TIME = java.util.regex.Pattern.compile(day + time + "(?: \\([^)]*\\))?");
    }

    /** Until the calendar feature's texts are in its bundle; then the button's text is wrapped like the rest. */
    private static String importInvitationText() {
        return "Import invitation";
    }

    @Test
    @WithUserDetails("viewer")
    void the_check_notices_a_text_written_into_a_view() {
        inPseudoLanguage();
        UI.getCurrent().navigate("profile");
        getCurrentView().getElement().appendChild(new Element("p").setText("Written into the view"));
        assertThat(unwrapped(UI.getCurrent().getElement())).contains("Written into the view");
    }

    /** Switches the page to the pseudo-language and rebuilds what the test's set-up already drew, frame included. */
    private static void inPseudoLanguage() {
        UI.getCurrent().setLocale(Messages.PSEUDO);
        UI.getCurrent().refreshCurrentRoute(true);
    }

    private List<String> unwrapped(Element root) {
        return unwrapped(root, text -> false);
    }

    /** Like {@link #unwrapped(Element)}, with more texts that are data on this page (names, titles, dates). */
    private List<String> unwrapped(Element root, Predicate<String> data) {
        List<String> found = new ArrayList<>();
        collect(root, found, notConverted(), data);
        return found;
    }

    private void collect(Element element, List<String> found, Set<String> notConverted, Predicate<String> data) {
        if (element.isTextNode()) {
            check(element.getText(), found, data);
            return;
        }
        if ("li".equals(element.getTag()) || isOtherFeaturesEntry(element, notConverted)) {
            return; // a card's line is data; a navigation entry of a feature not yet converted is not this test's
        }
        for (String name : TEXT_PROPERTIES) {
            Object value = element.hasProperty(name)
                    ? element.getProperty(name)
                    : element.hasAttribute(name) ? element.getAttribute(name) : null;
            if (value instanceof String text) {
                check(text, found, data);
            }
        }
        element.getChildren().forEach(child -> collect(child, found, notConverted, data));
        // dialogs and overlays hang off the UI as virtual children
        element.getNode()
                .getFeatureIfInitialized(com.vaadin.flow.internal.nodefeature.VirtualChildrenList.class)
                .ifPresent(
                        virtual -> virtual.forEachChild(node -> collect(Element.get(node), found, notConverted, data)));
    }

    private static void check(String text, List<String> found, Predicate<String> data) {
        String trimmed = text.strip();
        if (trimmed.isEmpty() || isData(trimmed) || data.test(trimmed)) {
            return;
        }
        if (!(trimmed.startsWith("\u27e6") && trimmed.endsWith("\u27e7"))) {
            found.add(trimmed);
        }
    }

    private static boolean isData(String text) {
        Set<String> ownNames =
                Messages.LANGUAGES.stream().map(Messages::ownName).collect(Collectors.toSet());
        return text.matches("[\\d\\s.,:+\\-]+")
                || text.equals("Parley")
                || ownNames.contains(text)
                || Set.of(
                                "Alex Admin",
                                "Administrator",
                                "Victor Viewer",
                                "Anna Approver",
                                "Paula Planner",
                                "admin",
                                "viewer",
                                "approver",
                                "planner")
                        .contains(text);
    }

    private static boolean isOtherFeaturesEntry(Element element, Set<String> notConverted) {
        if (!"vaadin-side-nav-item".equals(element.getTag())) {
            return false;
        }
        String path = element.hasAttribute("path") ? element.getAttribute("path") : element.getProperty("path", "");
        return notConverted.contains(path.replaceFirst("^/", ""));
    }

    /** The routes whose menu title is still an English literal rather than a key: other features' views. */
    private static Set<String> notConverted() {
        return MenuConfiguration.getMenuEntries().stream()
                .filter(e -> !Messages.has(e.title()))
                .map(MenuEntry::path)
                .map(p -> p.replaceFirst("^/", ""))
                .collect(Collectors.toSet());
    }
}
