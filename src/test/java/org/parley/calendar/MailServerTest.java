package org.parley.calendar;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.vaadin.browserless.SpringBrowserlessTest;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Tests against a real SMTP server (GreenMail) on a free port, with {@code spring.mail.*} pointing at it. Every
 * such test extends this class, so that they share one Spring context: the mail settings are part of the context's
 * identity, and the other tests' context runs without a mail server. It is a browserless test so that the meeting
 * page's e-mail section can be tested against the same context.
 */
public abstract class MailServerTest extends SpringBrowserlessTest {

    private static final int SMTP_PORT = freePort();
    private static GreenMail smtp;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "3000");
        registry.add("spring.mail.properties.mail.smtp.timeout", () -> "3000");
    }

    @BeforeEach
    void emptyMailServer() throws Exception {
        startSmtp();
        smtp.purgeEmailFromAllMailboxes();
    }

    @AfterAll
    static void stopAfterTheClass() {
        stopSmtp();
    }

    /** The mail server goes away: connections are refused until {@link #startSmtp()}. */
    protected static void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
            smtp = null;
        }
    }

    protected static void startSmtp() {
        if (smtp == null) {
            var server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            smtp = server;
        }
    }

    protected static GreenMail smtp() {
        return smtp;
    }

    /** Waits until at least {@code count} messages arrived (they are sent on a background thread) and returns all. */
    protected static List<MimeMessage> receive(int count) {
        if (!smtp.waitForIncomingEmail(15_000, count)) {
            throw new AssertionError(count + " messages expected, " + smtp.getReceivedMessages().length
                    + " arrived");
        }
        return Arrays.asList(smtp.getReceivedMessages());
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
