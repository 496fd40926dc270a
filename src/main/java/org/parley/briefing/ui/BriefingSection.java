package org.parley.briefing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import org.parley.briefing.BriefingNote;
import org.parley.briefing.BriefingService;
import org.parley.meeting.MeetingId;
import org.parley.shared.NotFoundException;
import org.parley.shared.ui.MeetingSection;

/**
 * The meeting page's link to its briefing note (docs/0034). The PDF is written when the link is followed, as the
 * signed-in user, so it always shows the meeting as it is then; a meeting hidden since answers 404, not a stale file.
 */
@org.springframework.stereotype.Component
class BriefingSection implements MeetingSection {

    private final BriefingService briefings;

    BriefingSection(BriefingService briefings) {
        this.briefings = briefings;
    }

    @Override
    public int order() {
        return 18;
    }

    @Override
    public Component create(long meetingId, Runnable refreshPage) {
        MeetingId id = new MeetingId(meetingId);
        var block = new VerticalLayout();
        block.setPadding(false);
        block.setSpacing(false);
        block.setId("briefing-section");
        block.add(new H3(block.getTranslation("briefing.section.title")));
        var link = new Anchor(
                DownloadHandler.fromInputStream(event -> response(id)),
                block.getTranslation("briefing.section.download"));
        link.setId("briefing-note");
        link.addClassName("parley-download");
        link.addComponentAsFirst(VaadinIcon.FILE_TEXT_O.create());
        var hint = new Paragraph(block.getTranslation("briefing.section.hint") + " "
                + block.getTranslation("briefing.section.bookHint"));
        hint.addClassName("parley-muted");
        block.add(link, hint);
        return block;
    }

    private DownloadResponse response(MeetingId id) {
        try {
            BriefingNote note = briefings.note(id);
            return new DownloadResponse(
                    new ByteArrayInputStream(note.content()),
                    note.fileName(),
                    BriefingNote.CONTENT_TYPE,
                    note.content().length);
        } catch (NotFoundException hidden) {
            return DownloadResponse.error(HttpStatusCode.NOT_FOUND);
        }
    }
}
