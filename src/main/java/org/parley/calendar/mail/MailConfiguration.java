package org.parley.calendar.mail;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds and validates the e-mail settings at start-up, so a bad value stops Parley with a message. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InvitationMailSettings.class)
class MailConfiguration {}
