package org.parley;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Service;

/**
 * Keeps the feature packages honest: no cycles between features, services never depend on UI, a feature's UI and
 * repositories are its own, and every package says what it is.
 */
class ArchitectureTest {

    private static final JavaClasses PARLEY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.parley");

    @Test
    void features_do_not_depend_on_each_other_in_cycles() {
        slices().matching("org.parley.(*)..").should().beFreeOfCycles().check(PARLEY);
    }

    @Test
    void shared_depends_on_no_feature() {
        noClasses().that().resideInAPackage("org.parley.shared..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.parley.security..", "org.parley.directory..", "org.parley.meeting..",
                        "org.parley.approval..", "org.parley.calendar..", "org.parley.audit..",
                        "org.parley.dashboard..", "org.parley.demo..", "org.parley.api..")
                .check(PARLEY);
    }

    @Test
    void services_never_depend_on_ui() {
        noClasses().that().areAnnotatedWith(Service.class)
                .should().dependOnClassesThat().resideInAPackage("..ui..")
                .check(PARLEY);
    }

    @Test
    void only_ui_code_and_configuration_touch_a_feature_ui_package() {
        // the security configuration names the sign-in view; nothing else outside a ui package may reach into one
        noClasses().that().resideOutsideOfPackage("..ui..")
                .and().doNotHaveSimpleName("SecurityConfiguration")
                .should().dependOnClassesThat().resideInAPackage("org.parley.*.ui..")
                .check(PARLEY);
    }

    @Test
    void a_feature_ui_is_used_only_by_its_own_feature() {
        for (String feature : featurePackages()) {
            noClasses().that().resideOutsideOfPackage("org.parley." + feature + "..")
                    .and().resideOutsideOfPackage("org.parley.shared.ui..")
                    .should().dependOnClassesThat().resideInAPackage("org.parley." + feature + ".ui..")
                    .allowEmptyShould(true)
                    .check(PARLEY);
        }
    }

    @Test
    void repositories_are_used_only_inside_their_feature_package() {
        classes().that().areAssignableTo(Repository.class)
                .should(new ArchCondition<>("be used only in their own package") {
                    @Override
                    public void check(JavaClass repository, ConditionEvents events) {
                        repository.getAccessesToSelf().forEach(access -> {
                            JavaClass origin = access.getOriginOwner();
                            if (!origin.getPackageName().equals(repository.getPackageName())) {
                                events.add(SimpleConditionEvent.violated(access, origin.getName()
                                        + " uses " + repository.getName() + " from another package"));
                            }
                        });
                    }
                })
                .allowEmptyShould(true)
                .check(PARLEY);
    }

    @Test
    void every_package_has_a_package_info() {
        Set<String> packages = new TreeSet<>();
        PARLEY.forEach(c -> packages.add(c.getPackageName()));
        Set<String> withInfo = new TreeSet<>();
        PARLEY.stream().filter(c -> c.getSimpleName().equals("package-info")).forEach(c -> withInfo.add(c.getPackageName()));

        assertThat(withInfo).containsAll(packages);
    }

    private static Set<String> featurePackages() {
        Set<String> features = new TreeSet<>();
        PARLEY.forEach(c -> {
            String rest = c.getPackageName().replaceFirst("^org\\.parley\\.?", "");
            if (!rest.isEmpty() && !rest.startsWith("shared")) {
                features.add(rest.split("\\.")[0]);
            }
        });
        return features;
    }
}
