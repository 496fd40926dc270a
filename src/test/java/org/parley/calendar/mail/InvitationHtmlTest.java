package org.parley.calendar.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.parley.calendar.CalendarMethod;
import org.parley.calendar.internal.Invitee;

class InvitationHtmlTest {

    private static InvitationMail mail(String subject, String body) {
        return new InvitationMail(
                7,
                new Invitee("Reader", "reader@example.org"),
                0,
                CalendarMethod.REQUEST,
                subject,
                body,
                "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8),
                Instant.EPOCH);
    }

    @Test
    void an_arabic_message_reads_right_to_left_and_says_its_language() {
        String html = InvitationMessages.html(
                mail("دعوة: مشاورات", "أنتم مدعوون إلى «مشاورات».\n\nجدول الأعمال"), Locale.of("ar"));

        assertThat(html).startsWith("<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\">");
        assertThat(html).contains("<p>أنتم مدعوون إلى «مشاورات».</p>");
    }

    @Test
    void a_meeting_text_is_never_read_as_markup_in_any_language() {
        String html = InvitationMessages.html(mail("<b>x</b>", "<script>alert(1)</script>"), Locale.of("hi"));

        assertThat(html).startsWith("<!DOCTYPE html><html lang=\"hi\" dir=\"ltr\">");
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;");
    }
}
