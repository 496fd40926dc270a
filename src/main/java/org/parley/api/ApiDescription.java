package org.parley.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the generated OpenAPI document says about the API as a whole; springdoc reads the rest from the code. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Parley API",
                        version = "v1",
                        description =
                                "Meetings, people, venues and action items of Parley. Authenticate with a personal API "
                                        + "token from your profile page: Authorization: Bearer pky_…. Errors are RFC 9457 problem "
                                        + "details. Times carry their offset; 'zone' names the IANA zone."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(
        name = "bearer",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        description = "A personal API token (pky_…)")
class ApiDescription {

    /**
     * Marks each JSON shape's required properties, which springdoc leaves unmarked: in what Parley sends, every one
     * that is not {@code @Nullable}; in what it reads, those the services refuse to do without (marked
     * {@code @Schema(requiredMode = REQUIRED)}) and the primitives, which JSON cannot leave out.
     */
    @Bean
    OpenApiCustomizer requiredProperties() {
        Map<String, Class<?>> shapes = Arrays.stream(Json.class.getDeclaredClasses())
                .filter(Class::isRecord)
                .collect(Collectors.toMap(Class::getSimpleName, shape -> shape));
        return openApi -> {
            if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
                return;
            }
            openApi.getComponents().getSchemas().forEach((name, schema) -> {
                Class<?> shape = shapeNamed(name, shapes);
                if (shape != null) {
                    List<String> required = Arrays.stream(shape.getRecordComponents())
                            .filter(ApiDescription::isRequired)
                            .map(RecordComponent::getName)
                            .toList();
                    schema.setRequired(required.isEmpty() ? null : required);
                }
            });
        };
    }

    /** springdoc names a shape by its simple name, and a page of items "Page" + the item's name. */
    private static @Nullable Class<?> shapeNamed(String name, Map<String, Class<?>> shapes) {
        if (shapes.containsKey(name)) {
            return shapes.get(name);
        }
        return name.startsWith("Page") && shapes.containsKey(name.substring(4)) ? Json.Page.class : null;
    }

    static boolean isRequired(RecordComponent component) {
        Schema schema = component.getAccessor().getAnnotation(Schema.class);
        return component.getType().isPrimitive()
                || (schema != null && schema.requiredMode() == Schema.RequiredMode.REQUIRED)
                || !component.getAnnotatedType().isAnnotationPresent(Nullable.class);
    }
}
