package org.parley.calendar.mail;

import java.net.URI;
import org.parley.calendar.internal.InviteText;
import org.parley.meeting.MeetingDetails;
import org.parley.shared.TimeLabels;

/** The subject and plain-text body of an e-mail invitation, written once when the message is queued. */
final class InvitationTexts {

    /** Why a message goes out; it decides the subject's first word and the opening line. */
    enum Occasion {
        INVITATION("Invitation"),
        UPDATE("Updated"),
        CANCELLATION("Cancelled"),
        POSTPONEMENT("Postponed"),
        REMOVAL("No longer attending");

        private final String prefix;

        Occasion(String prefix) {
            this.prefix = prefix;
        }
    }

    private InvitationTexts() {}

    /** "Invitation: Consultations — Mon 29 Mar 2027, 10:00 (Europe/Berlin)", in the meeting's own zone. */
    static String subject(Occasion occasion, MeetingDetails meeting) {
        return occasion.prefix + ": " + oneLine(meeting.title()) + " \u2014 "
                + TimeLabels.dayAndTime(meeting.start(), meeting.timeZone()) + " ("
                + meeting.timeZone().getId() + ")";
    }

    static String body(Occasion occasion, MeetingDetails meeting, URI meetingPage, String organizer) {
        String title = oneLine(meeting.title());
        var text = new StringBuilder(
                        switch (occasion) {
                            case INVITATION -> "You are invited to \u201c" + title + "\u201d.";
                            case UPDATE ->
                                "\u201c" + title + "\u201d has changed. The attached invitation updates your calendar.";
                            case CANCELLATION ->
                                "\u201c" + title + "\u201d is cancelled. The attached cancellation removes it "
                                        + "from your calendar.";
                            case POSTPONEMENT ->
                                "\u201c" + title + "\u201d is postponed. The attached cancellation removes the "
                                        + "old time from your calendar; a new invitation follows once a new time is approved.";
                            case REMOVAL ->
                                "You are no longer taking part in \u201c" + title + "\u201d. The attached "
                                        + "cancellation removes it from your calendar.";
                        })
                .append("\n\n");
        text.append("When: ")
                .append(TimeLabels.span(meeting.start(), meeting.end(), meeting.timeZone()))
                .append(" (")
                .append(meeting.timeZone().getId())
                .append(")\n");
        InviteText.location(meeting)
                .ifPresent(where -> text.append("Where: ").append(where).append('\n'));
        text.append("Meeting page: ").append(meetingPage).append("\n\n");
        if (occasion == Occasion.INVITATION || occasion == Occasion.UPDATE) {
            text.append("Your calendar offers to accept or decline; your answer goes to ")
                    .append(organizer)
                    .append(".\n");
        }
        return InviteText.clean(text.toString());
    }

    private static String oneLine(String text) {
        return InviteText.clean(text).replace('\n', ' ').replace('\t', ' ').strip();
    }
}
