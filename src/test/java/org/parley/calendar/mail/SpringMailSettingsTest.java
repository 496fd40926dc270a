package org.parley.calendar.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * What "configured" means for e-mail invitations: Spring Boot's mail auto-configuration (module spring-boot-mail)
 * creates a JavaMailSender when, and only when, {@code spring.mail.host} is set, and that sender reaches the server.
 */
class SpringMailSettingsTest {

    private final ApplicationContextRunner boot =
            new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class));

    @Test
    void without_spring_mail_host_there_is_no_mail_sender() {
        boot.run(context -> assertThat(context).doesNotHaveBean(JavaMailSender.class));
    }

    @Test
    void spring_mail_host_and_port_give_a_sender_that_reaches_the_server() throws Exception {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            boot.withPropertyValues(
                            "spring.mail.host=127.0.0.1",
                            "spring.mail.port=" + port,
                            "spring.mail.properties.mail.smtp.connectiontimeout=3000")
                    .run(context -> {
                        assertThat(context).hasSingleBean(JavaMailSender.class);
                        var message = new SimpleMailMessage();
                        message.setFrom("calendar@parley.invalid");
                        message.setTo("someone@mid.example");
                        message.setSubject("Reachable");
                        message.setText("Test");
                        context.getBean(JavaMailSender.class).send(message);
                    });
            assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
            assertThat(smtp.getReceivedMessages()[0].getSubject()).isEqualTo("Reachable");
        } finally {
            smtp.stop();
        }
    }
}
