package org.parley.calendar;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds and validates the calendar settings at start-up, so a bad domain or address stops Parley with a message. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({
        CalendarSettings.class, FeedSettings.class, ImportSettings.class, InvitationMailSettings.class})
class CalendarConfiguration {}
