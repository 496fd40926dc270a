package org.parley.calendar.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;
import org.parley.calendar.CalendarFile;
import org.parley.calendar.InviteService;
import org.parley.meeting.MeetingId;
import org.parley.shared.Messages;
import org.parley.shared.NotFoundException;
import org.parley.shared.RuleViolationException;
import org.parley.shared.ui.Languages;
import org.parley.shared.ui.MeetingSection;

/**
 * The calendar part of a meeting page: the invite to forward to the participants and a copy for one's own calendar,
 * or for a cancelled meeting its cancellation. Nothing is offered before the meeting is approved. The files are
 * written when the link is followed, so they always carry the meeting as it is then.
 */
@org.springframework.stereotype.Component
class InviteSection implements MeetingSection {

    private final InviteService invites;

    InviteSection(InviteService invites) {
        this.invites = invites;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Component create(long meetingId, Runnable refreshPage) {
        MeetingId id = new MeetingId(meetingId);
        var block = new VerticalLayout(new H3(text("calendar.invite.title")));
        block.setPadding(false);
        block.setSpacing(false);
        block.setId("calendar-section");
        switch (invites.availability(id)) {
            case INVITE -> {
                var links = new HorizontalLayout(
                        link(() -> invites.invite(id), text("calendar.invite.download"), "download-invite"),
                        link(() -> invites.publish(id), text("calendar.invite.addToMine"), "add-to-calendar"));
                var hint = new Paragraph(text("calendar.invite.hint"));
                hint.addClassName("parley-muted");
                block.add(links, hint);
            }
            case COPY_ONLY -> {
                var hint = new Paragraph(text("calendar.invite.copyOnly"));
                hint.addClassName("parley-muted");
                block.add(link(() -> invites.publish(id), text("calendar.invite.addToMine"), "add-to-calendar"), hint);
            }
            case CANCELLATION -> {
                var hint = new Paragraph(text("calendar.invite.cancellationHint"));
                hint.addClassName("parley-muted");
                block.add(
                        link(
                                () -> invites.invite(id),
                                text("calendar.invite.downloadCancellation"),
                                "download-cancellation"),
                        hint);
            }
            case NEVER -> {
                var never = new Paragraph(text("calendar.invite.never"));
                never.addClassName("parley-muted");
                never.setId("invites-never");
                block.add(never);
            }
            case NOT_YET -> {
                var notYet = new Paragraph(text("calendar.invite.notYet"));
                notYet.addClassName("parley-muted");
                notYet.setId("invites-not-yet");
                block.add(notYet);
            }
        }
        return block;
    }

    private static Anchor link(Supplier<CalendarFile> file, String text, String id) {
        var anchor = new Anchor(DownloadHandler.fromInputStream(event -> response(file)), text);
        anchor.setId(id);
        anchor.addClassName("parley-download");
        anchor.addComponentAsFirst(VaadinIcon.CALENDAR.create());
        return anchor;
    }

    /**
     * Writes the file in the download request, as the signed-in user; if the meeting changed since the page was
     * drawn (cancelled, sent back for approval, classified higher), says so with a status instead of a stale file.
     */
    static DownloadResponse response(Supplier<CalendarFile> source) {
        try {
            CalendarFile file = source.get();
            return new DownloadResponse(
                    new ByteArrayInputStream(file.content()), file.fileName(), file.contentType(), file.size());
        } catch (NotFoundException hidden) {
            return DownloadResponse.error(HttpStatusCode.NOT_FOUND);
        } catch (RuleViolationException refused) {
            return DownloadResponse.error(HttpStatusCode.CONFLICT, refused.messageIn(Languages.current()));
        }
    }

    private static String text(String key) {
        return Messages.get(Languages.current(), key);
    }
}
