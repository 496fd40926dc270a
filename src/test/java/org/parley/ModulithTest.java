package org.parley;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Spring Modulith reads Parley's modules from its packages (each top-level package is one; sub-packages such as
 * {@code meeting.ui} or {@code calendar.internal} are its internals) and checks them: no cycles between modules, and
 * no module reaching into another's internals, only into its base package or what it names (MeetingsNavigation, the
 * feed room for the demo). {@code shared} is open to all and depends on none. See docs/0017.
 */
class ModulithTest {

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    @Test
    void modules_depend_on_each_other_without_cycles_and_only_on_what_each_exposes() {
        MODULES.verify();
    }

    @Test
    void the_module_documentation_is_written_with_the_build() {
        new Documenter(MODULES).writeDocumentation();

        assertThat(Path.of("target/spring-modulith-docs/components.puml")).exists();
        assertThat(Path.of("target/spring-modulith-docs/module-calendar.adoc")).exists();
    }
}
