package org.parley.shared;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Makes {@link LanguageSettings} a bean and gives Spring's validator the bundles' messages. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LanguageSettings.class)
class LanguageConfiguration {

    @Bean
    ValidationConfigurationCustomizer bundleMessages() {
        return configuration -> configuration.messageInterpolator(new BundleMessageInterpolator());
    }
}
