package org.parley.approval;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds and validates the approval policy at start-up. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApprovalPolicy.class)
class ApprovalConfiguration {}
