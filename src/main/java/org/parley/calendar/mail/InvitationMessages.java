package org.parley.calendar.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import org.parley.calendar.internal.CalendarSettings;
import org.parley.security.SystemTask;
import org.parley.shared.Messages;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes an outbox row as an iMIP message (RFC 6047): multipart/mixed holding a multipart/alternative of plain text,
 * HTML and the {@code text/calendar; method=…} part that calendar clients act on, plus the same file as an
 * {@code invite.ics} attachment for clients that only offer attachments. From is the organiser, so answers reach the
 * mailbox named in the file's ORGANIZER.
 */
@Component
class InvitationMessages {

    static final String ATTACHMENT_NAME = "invite.ics";

    private final CalendarSettings calendar;
    private final RecipientLanguages languages;

    InvitationMessages(CalendarSettings calendar, RecipientLanguages languages) {
        this.calendar = calendar;
        this.languages = languages;
    }

    private String messageId(InvitationMail mail) {
        return "<invitation-" + mail.id() + "@" + calendar.uidDomain() + ">";
    }

    MimeMessage compose(MimeMessage message, InvitationMail mail, Instant now) throws MessagingException {
        try {
            message.setFrom(new InternetAddress(calendar.organizerEmail(), calendar.organizerName(), "UTF-8"));
            message.setRecipient(
                    MimeMessage.RecipientType.TO, new InternetAddress(mail.recipient(), mail.recipientName(), "UTF-8"));
        } catch (UnsupportedEncodingException impossible) {
            throw new IllegalStateException(impossible);
        }
        message.setSubject(mail.subject(), "UTF-8");
        message.setSentDate(Date.from(now));

        String method = mail.method().name();
        byte[] file = mail.calendar();

        var alternative = new MimeMultipart("alternative");
        var text = new MimeBodyPart();
        text.setText(mail.body(), "UTF-8", "plain");
        alternative.addBodyPart(text);
        var html = new MimeBodyPart();
        // the sender is a background job: it looks the recipient's language up as the system, as it was written in
        Locale language = SystemTask.runAsSystem(() -> languages.of(mail.recipient()));
        html.setText(html(mail, language), "UTF-8", "html");
        alternative.addBodyPart(html);
        var calendarPart = new MimeBodyPart();
        calendarPart.setDataHandler(
                new DataHandler(new ByteArrayDataSource(file, "text/calendar; charset=UTF-8; method=" + method)));
        calendarPart.setHeader("Content-Type", "text/calendar; charset=UTF-8; method=" + method);
        alternative.addBodyPart(calendarPart);

        var body = new MimeBodyPart();
        body.setContent(alternative);

        var attachment = new MimeBodyPart();
        attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(file, "application/ics")));
        attachment.setHeader("Content-Type", "application/ics; name=\"" + ATTACHMENT_NAME + "\"");
        attachment.setDisposition(Part.ATTACHMENT);
        attachment.setFileName(ATTACHMENT_NAME);

        var mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(body);
        mixed.addBodyPart(attachment);
        message.setContent(mixed);
        message.saveChanges();
        // one Message-ID per outbox row, kept when the row is sent again (a retry, or after a node died mid-send), so
        // that mail systems which drop repeated Message-IDs deliver it once; set after saveChanges, which makes a new
        // one (JavaMailSender keeps a Message-ID it finds)
        message.setHeader("Message-ID", messageId(mail));
        return message;
    }

    /**
     * The plain text as HTML, escaped line by line: nothing from a meeting is ever read as markup. It says its language
     * and, for Arabic, that it reads right to left (mail programs lay it out left to right otherwise).
     */
    static String html(InvitationMail mail, Locale language) {
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"")
                .append(language.toLanguageTag())
                .append("\" dir=\"")
                .append(Messages.rightToLeft(language) ? "rtl" : "ltr")
                .append("\"><head><meta charset=\"UTF-8\"><title>")
                .append(HtmlUtils.htmlEscape(mail.subject(), StandardCharsets.UTF_8.name()))
                .append("</title></head><body>");
        for (String paragraph : mail.body().split("\n\n")) {
            if (paragraph.isBlank()) {
                continue;
            }
            html.append("<p>");
            String[] lines = paragraph.split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    html.append("<br>");
                }
                html.append(HtmlUtils.htmlEscape(lines[i], StandardCharsets.UTF_8.name()));
            }
            html.append("</p>");
        }
        return html.append("</body></html>").toString();
    }
}
