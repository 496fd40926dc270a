package org.parley.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/** What the generated OpenAPI document says about the API as a whole; springdoc reads the rest from the code. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
        info = @Info(title = "Parley API", version = "v1",
                description = "Meetings, people, venues and action items of Parley. Authenticate with a personal API "
                        + "token from your profile page: Authorization: Bearer pky_…. Errors are RFC 9457 problem "
                        + "details. Times carry their offset; 'zone' names the IANA zone."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A personal API token (pky_…)")
class ApiDescription {}
