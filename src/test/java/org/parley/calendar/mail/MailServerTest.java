package org.parley.calendar.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.vaadin.browserless.SpringBrowserlessTest;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Tests against a real SMTP server (GreenMail) on a free port. Parley sends only when a {@link JavaMailSender}
 * exists, which Spring Boot creates from {@code spring.mail.host}; the test context has none, so that the rest of the
 * suite runs without mail. These tests lend it one for their duration, pointing at GreenMail, in the same context:
 * a second Spring context (one with {@code spring.mail.*} set) cannot share this JVM, because each Vaadin context
 * installs its own global security context strategy and the first context's method security would stop seeing
 * SystemTask's identity. {@code SpringMailSettingsTest} checks that Boot builds the sender from {@code spring.mail.*}.
 * It is a browserless test so that the meeting page's e-mail section can be tested the same way.
 */
public abstract class MailServerTest extends SpringBrowserlessTest {

    static final int SMTP_PORT = freePort();
    private static final String SENDER_BEAN = "javaMailSender";
    private static GreenMail smtp;

    @Autowired
    private ConfigurableApplicationContext context;

    /** The mail sender Spring Boot would build from spring.mail.host, port and the two timeouts. */
    static JavaMailSenderImpl mailSender() {
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(SMTP_PORT);
        sender.setDefaultEncoding("UTF-8");
        var properties = new Properties();
        properties.setProperty("mail.smtp.connectiontimeout", "3000");
        properties.setProperty("mail.smtp.timeout", "3000");
        sender.setJavaMailProperties(properties);
        return sender;
    }

    @BeforeEach
    void mailServerAndSender() throws Exception {
        startSmtp();
        smtp.purgeEmailFromAllMailboxes();
        var beans = (DefaultListableBeanFactory) context.getBeanFactory();
        if (!beans.containsSingleton(SENDER_BEAN)) {
            beans.registerSingleton(SENDER_BEAN, mailSender());
        }
    }

    @AfterEach
    void noMailSenderForOtherTests() {
        var beans = (DefaultListableBeanFactory) context.getBeanFactory();
        if (beans.containsSingleton(SENDER_BEAN)) {
            beans.destroySingleton(SENDER_BEAN);
        }
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
            throw new AssertionError(count + " messages expected, " + smtp.getReceivedMessages().length + " arrived");
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
