package org.parley.readout.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import org.parley.meeting.MeetingDetails;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingService;
import org.parley.readout.Readout;
import org.parley.readout.ReadoutService;
import org.parley.readout.ReadoutStatus;
import org.parley.readout.ReadoutText;
import org.parley.security.CurrentUser;
import org.parley.security.Role;
import org.parley.security.SignedInUser;
import org.parley.shared.Classification;
import org.parley.shared.Messages;
import org.parley.shared.ui.MeetingSection;
import org.parley.shared.ui.Sections;

/**
 * The meeting's readout on its page: what the public reads and what is drafted; planners draft, approvers release,
 * correct and withdraw. Everyone who may see the meeting sees its readout, released or not.
 */
@org.springframework.stereotype.Component
class ReadoutSection implements MeetingSection {

    private final ReadoutService readouts;
    private final MeetingService meetings;
    private final CurrentUser currentUser;

    ReadoutSection(ReadoutService readouts, MeetingService meetings, CurrentUser currentUser) {
        this.readouts = readouts;
        this.meetings = meetings;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 25;
    }

    /** What the ministry says in public about the meeting belongs with what it decided. */
    @Override
    public Column column() {
        return Column.MAIN;
    }

    @Override
    public Component create(long meetingId, Runnable refreshPage) {
        MeetingId id = new MeetingId(meetingId);
        MeetingDetails meeting = meetings.get(id);
        Optional<Readout> readout = readouts.of(id);
        UI ui = UI.getCurrent();
        Locale locale = ui == null ? Locale.ENGLISH : ui.getLocale();
        SignedInUser user = currentUser.require();
        var block = Sections.titled(Messages.get(locale, "readout.section.title"), "readout");
        if (readout.isEmpty()) {
            var none = new Span(Messages.get(locale, "readout.section.none"));
            none.addClassName("parley-muted");
            block.add(none);
        } else {
            block.add(state(readout.get(), locale, user.timeZone()));
            for (ReadoutText text : readout.get().texts()) {
                block.add(text(text, locale));
            }
        }
        var actions = new HorizontalLayout();
        actions.addClassName("parley-readout-actions");
        boolean withdrawn =
                readout.map(r -> r.status() == ReadoutStatus.WITHDRAWN).orElse(false);
        if (user.hasRole(Role.PLANNER) && !withdrawn) {
            var edit = new Button(
                    Messages.get(locale, readout.isEmpty() ? "readout.section.draft" : "readout.section.edit"),
                    e -> new ReadoutDialog(readouts, id, readout, refreshPage).open());
            edit.setId("edit-readout");
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            actions.add(edit);
        }
        boolean approver = user.hasRole(Role.APPROVER) || user.hasRole(Role.SENIOR_APPROVER);
        if (approver && readout.isPresent() && readout.get().hasUnreleasedChanges()) {
            boolean correction = readout.get().status() == ReadoutStatus.RELEASED;
            var release = new Button(
                    Messages.get(locale, correction ? "readout.section.releaseCorrection" : "readout.section.release"),
                    e -> new ReleaseDialog(
                                    readouts,
                                    id,
                                    meeting.classification() != Classification.UNCLASSIFIED
                                            ? Messages.label(locale, meeting.classification())
                                            : null,
                                    refreshPage)
                            .open());
            release.setId("release-readout");
            release.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            actions.add(release);
        }
        if (approver && readout.isPresent() && readout.get().status() == ReadoutStatus.RELEASED) {
            var withdraw = new Button(
                    Messages.get(locale, "readout.section.withdraw"),
                    e -> new WithdrawDialog(readouts, id, refreshPage).open());
            withdraw.setId("withdraw-readout");
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            actions.add(withdraw);
        }
        if (readout.isPresent() && readout.get().status().isPublic()) {
            var page = new Anchor("readouts/" + readout.get().id(), Messages.get(locale, "readout.section.publicPage"));
            page.setId("readout-public-page");
            actions.add(page);
        }
        if (actions.getComponentCount() > 0) {
            block.add(actions);
        }
        return block;
    }

    private static Component state(Readout readout, Locale locale, ZoneId zone) {
        var formatter = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(zone);
        var badge = new Span(Messages.label(locale, readout.status()));
        badge.addClassNames(
                "parley-badge",
                switch (readout.status()) {
                    case DRAFT -> "info";
                    case RELEASED -> "success";
                    case WITHDRAWN -> "error";
                });
        badge.setId("readout-status");
        var line = new Div(badge);
        line.addClassName("parley-readout-state");
        String facts = switch (readout.status()) {
            case DRAFT ->
                Messages.get(
                        locale,
                        "readout.section.draftedBy",
                        readout.draftedBy(),
                        formatter.format(readout.draftedAt()));
            case RELEASED ->
                Messages.get(
                                locale,
                                "readout.section.releasedBy",
                                readout.releasedBy(),
                                formatter.format(readout.firstReleasedAt()))
                        + (readout.correctedAt() == null
                                ? ""
                                : " \u00b7 "
                                        + Messages.get(
                                                locale,
                                                "readout.section.correctedAt",
                                                formatter.format(readout.correctedAt())));
            case WITHDRAWN ->
                Messages.get(locale, "readout.section.withdrawnAt", formatter.format(readout.withdrawnAt())) + " "
                        + java.util.Objects.toString(readout.withdrawalReason(), "");
        };
        line.add(new Span(" " + facts));
        return line;
    }

    private static Component text(ReadoutText text, Locale locale) {
        var block = new Div();
        block.addClassName("parley-readout-text");
        block.getElement().setAttribute("lang", text.language());
        block.getElement().setAttribute("dir", "auto");
        var language = new Span(Locale.forLanguageTag(text.language()).getDisplayLanguage(locale));
        language.addClassName("parley-muted");
        block.add(language);
        if (text.released() != null) {
            block.add(new Paragraph(text.released()));
        }
        if (text.changedSinceRelease()) {
            var label = new Span(Messages.get(
                    locale,
                    text.draft().isEmpty()
                            ? "readout.section.droppedLanguage"
                            : text.released() == null
                                    ? "readout.section.notReleased"
                                    : "readout.section.unreleasedChange"));
            label.addClassNames("parley-badge", "warning");
            block.add(label);
            if (!text.draft().isEmpty()) {
                var draft = new Paragraph(text.draft());
                draft.addClassName("parley-readout-draft");
                block.add(draft);
            }
        }
        return block;
    }
}
