package org.parley.meeting.ui;

import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.parley.meeting.MeetingStatus;
import org.parley.shared.Classification;
import org.parley.shared.Messages;

/** Small coloured labels for status and classification; text only, so user data is never rendered as HTML. */
final class Badges {

    private Badges() {}

    static Span status(MeetingStatus status, Locale locale) {
        String tone = switch (status) {
            case APPROVED, COMPLETED -> "success";
            case PENDING_APPROVAL, POSTPONED -> "warning";
            case REJECTED, CANCELLED -> "error";
            case DRAFT -> "info";
        };
        return badge(Messages.label(locale, status), tone);
    }

    static Span classification(Classification classification, Locale locale) {
        String tone = switch (classification) {
            case UNCLASSIFIED -> "";
            case RESTRICTED -> "info";
            case CONFIDENTIAL -> "warning";
            case SECRET -> "error";
        };
        return badge(Messages.label(locale, classification), tone);
    }

    static Span badge(String text, String tone) {
        var badge = new Span(text);
        badge.addClassName("parley-badge");
        if (!tone.isEmpty()) {
            badge.addClassName(tone);
        }
        return badge;
    }
}
