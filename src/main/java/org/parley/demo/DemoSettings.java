package org.parley.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How much generated data the demo adds around the scenario ({@code parley.demo.*}). */
@ConfigurationProperties(prefix = "parley.demo")
record DemoSettings(
        @DefaultValue("160") int generatedPeople,
        @DefaultValue("300") int generatedMeetings) {}
