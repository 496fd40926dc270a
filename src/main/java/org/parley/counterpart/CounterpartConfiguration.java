package org.parley.counterpart;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(NoteVerbaleSettings.class)
class CounterpartConfiguration {}
