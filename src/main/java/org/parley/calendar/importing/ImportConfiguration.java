package org.parley.calendar.importing;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds and validates the import and replies settings at start-up, so a bad value stops Parley with a message. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ImportSettings.class, ReplySettings.class})
class ImportConfiguration {}
