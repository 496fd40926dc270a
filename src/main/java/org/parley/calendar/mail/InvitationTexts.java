package org.parley.calendar.mail;

import java.net.URI;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.parley.calendar.internal.InviteText;
import org.parley.meeting.MeetingDetails;
import org.parley.shared.Messages;
import org.parley.shared.TimeLabels;

/**
 * The subject and plain-text body of an e-mail invitation, written once when the message is queued, in the
 * recipient's language (calendar bundle, keys {@code calendar.mail.*}). The attached .ics is the same for everyone.
 */
final class InvitationTexts {

    /** Why a message goes out; it decides the subject's first word and the opening line. */
    enum Occasion {
        INVITATION,
        UPDATE,
        CANCELLATION,
        POSTPONEMENT,
        REMOVAL
    }

    private static final String SUBJECT = "calendar.mail.subject.";
    private static final String OPENING = "calendar.mail.opening.";

    private InvitationTexts() {}

    /** "Invitation: Consultations — Mon 29 Mar 2027, 10:00 (Europe/Berlin)", in the meeting's own zone. */
    static String subject(Occasion occasion, MeetingDetails meeting, Locale language) {
        return Messages.get(
                language,
                SUBJECT + occasion.name(),
                oneLine(meeting.title()),
                TimeLabels.dayAndTime(meeting.start(), meeting.timeZone(), language),
                meeting.timeZone().getId());
    }

    static String body(Occasion occasion, MeetingDetails meeting, URI meetingPage, String organizer, Locale language) {
        var text = new StringBuilder(Messages.get(language, OPENING + occasion.name(), oneLine(meeting.title())))
                .append("\n\n");
        text.append(Messages.get(
                        language,
                        "calendar.mail.when",
                        span(meeting, language),
                        meeting.timeZone().getId()))
                .append('\n');
        InviteText.location(meeting)
                .ifPresent(where -> text.append(Messages.get(language, "calendar.mail.where", where))
                        .append('\n'));
        text.append(Messages.get(language, "calendar.mail.page", meetingPage.toString()))
                .append("\n\n");
        if (occasion == Occasion.INVITATION || occasion == Occasion.UPDATE) {
            text.append(Messages.get(language, "calendar.mail.answer", organizer))
                    .append('\n');
        }
        return InviteText.clean(text.toString());
    }

    /** "Mon 29 Mar 2027, 10:00–11:30" in the meeting's zone and the reader's language; the end's date only if it differs. */
    private static String span(MeetingDetails meeting, Locale language) {
        if (Locale.ENGLISH.getLanguage().equals(language.getLanguage())) {
            return TimeLabels.span(meeting.start(), meeting.end(), meeting.timeZone());
        }
        ZonedDateTime from = meeting.start().atZone(meeting.timeZone());
        ZonedDateTime to = meeting.end().atZone(meeting.timeZone());
        String end = from.toLocalDate().equals(to.toLocalDate())
                ? TimeLabels.time(to.toLocalTime(), language)
                : TimeLabels.dayAndTime(meeting.end(), meeting.timeZone(), language);
        return TimeLabels.dayAndTime(meeting.start(), meeting.timeZone(), language) + "\u2013" + end;
    }

    private static String oneLine(String text) {
        return InviteText.clean(text).replace('\n', ' ').replace('\t', ' ').strip();
    }
}
