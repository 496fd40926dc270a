package org.parley.calendar.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Binds and validates the calendar settings at start-up, so a bad domain or address stops Parley with a message. Each
 * room binds its own (FeedSettings, InvitationMailSettings, ImportSettings).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CalendarSettings.class)
class CalendarConfiguration {}
