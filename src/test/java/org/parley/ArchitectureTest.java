package org.parley;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.QueryByExampleExecutor;
import org.springframework.stereotype.Service;

/**
 * Keeps what Spring Modulith does not see honest: services never depend on UI, repositories stay in their package, the
 * audit log is append-only, the calendar's rooms do not lean on each other, iCal4j stays inside the calendar feature,
 * and every package says what it is. Modules, their cycles and what each exposes are ModulithTest's.
 */
class ArchitectureTest {

    private static final JavaClasses PARLEY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.parley");

    /** SQL or JPQL that would change or remove audit entries or the record of the chain's end. */
    private static final Pattern AUDIT_WRITE =
            Pattern.compile("(?i)\\b(update|delete\\s+from|delete|truncate(\\s+table)?|drop\\s+table)\\s+"
                    + "(audit_entry|audit_head|AuditEntry|AuditHead)\\b");

    @Test
    void services_never_depend_on_ui() {
        noClasses()
                .that()
                .areAnnotatedWith(Service.class)
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..ui..")
                .check(PARLEY);
    }

    @Test
    void only_ui_code_and_configuration_touch_a_feature_ui_package() {
        // the security configuration names the sign-in view; nothing else outside a ui package may reach into one
        noClasses()
                .that()
                .resideOutsideOfPackage("..ui..")
                .and()
                .doNotHaveSimpleName("SecurityConfiguration")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.parley.*.ui..")
                .check(PARLEY);
    }

    @Test
    void repositories_are_used_only_inside_their_feature_package() {
        classes()
                .that()
                .areAssignableTo(Repository.class)
                .should(new ArchCondition<>("be used only in their own package") {
                    @Override
                    public void check(JavaClass repository, ConditionEvents events) {
                        repository.getAccessesToSelf().forEach(access -> {
                            JavaClass origin = access.getOriginOwner();
                            if (!origin.getPackageName().equals(repository.getPackageName())) {
                                events.add(SimpleConditionEvent.violated(
                                        access,
                                        origin.getName() + " uses " + repository.getName() + " from another package"));
                            }
                        });
                    }
                })
                .allowEmptyShould(true)
                .check(PARLEY);
    }

    @Test
    void no_other_feature_depends_on_the_audit_log() {
        // features reach the log only by publishing org.parley.shared.AuditableEvent
        noClasses()
                .that()
                .resideOutsideOfPackage("org.parley.audit..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.parley.audit..")
                .check(PARLEY);
    }

    @Test
    void the_audit_log_depends_on_shared_only() {
        classes()
                .that()
                .resideInAPackage("org.parley.audit")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "org.parley.audit",
                        "org.parley.shared",
                        "java..",
                        "jakarta.persistence..",
                        "org.hibernate.annotations..",
                        "org.jspecify..",
                        "org.springframework..")
                .check(PARLEY);
    }

    @Test
    void nothing_can_change_or_delete_audit_entries_through_a_repository() {
        classes()
                .that()
                .resideInAPackage("org.parley.audit..")
                .and()
                .areAssignableTo(Repository.class)
                .should()
                .notBeAssignableTo(CrudRepository.class)
                .andShould()
                .notBeAssignableTo(JpaSpecificationExecutor.class)
                .andShould()
                .notBeAssignableTo(QueryByExampleExecutor.class)
                .check(PARLEY);
        noMethods()
                .that()
                .areDeclaredInClassesThat()
                .resideInAPackage("org.parley.audit..")
                .and()
                .areDeclaredInClassesThat()
                .areAssignableTo(Repository.class)
                .should()
                .haveNameMatching("(delete|remove|update|merge).*")
                .orShould()
                .beAnnotatedWith(Modifying.class)
                .check(PARLEY);
        noClasses()
                .that()
                .resideInAPackage("org.parley.audit..")
                .should()
                .callMethodWhere(writesAroundTheEntities())
                .check(PARLEY);
    }

    @Test
    void no_query_anywhere_updates_or_deletes_the_audit_log() {
        methods()
                .that()
                .areAnnotatedWith(Query.class)
                .should(new ArchCondition<>("not update or delete audit entries") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        Query query = method.getAnnotationOfType(Query.class);
                        if (AUDIT_WRITE.matcher(query.value()).find()) {
                            events.add(SimpleConditionEvent.violated(
                                    method, method.getFullName() + " changes the audit log: " + query.value()));
                        }
                    }
                })
                .allowEmptyShould(true)
                .check(PARLEY);
    }

    @Test
    void no_source_file_or_migration_updates_or_deletes_the_audit_log() throws IOException {
        // SQL and JPQL can hide in strings that ArchUnit cannot read, so the sources are searched as text
        List<String> offenders = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("src/main/resources"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile)
                        .filter(f ->
                                f.toString().endsWith(".java") || f.toString().endsWith(".sql"))
                        .toList()) {
                    if (AUDIT_WRITE.matcher(Files.readString(file)).find()) {
                        offenders.add(file.toString());
                    }
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    private static DescribedPredicate<JavaMethodCall> writesAroundTheEntities() {
        return DescribedPredicate.describe("EntityManager.remove/merge, native SQL or bulk JPQL updates", call -> {
            String owner = call.getTargetOwner().getName();
            String name = call.getName();
            return (owner.equals(EntityManager.class.getName())
                            && Set.of("remove", "merge", "createNativeQuery").contains(name))
                    || (owner.startsWith("jakarta.persistence.") && name.equals("executeUpdate"))
                    || owner.startsWith("org.springframework.jdbc.");
        });
    }

    @Test
    void only_the_approval_feature_moves_a_meeting_between_statuses() {
        noClasses()
                .that()
                .resideOutsideOfPackages("org.parley.approval..", "org.parley.meeting..")
                .should()
                .callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                                com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                                        com.tngtech.archunit.base.DescribedPredicate.describe(
                                                "MeetingWorkflow",
                                                owner -> owner.getName().equals("org.parley.meeting.MeetingWorkflow"))))
                        .and(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                                com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching(
                                        "moveTo|lock"))))
                .because("approvals, rejections and other moves must pass the approval policy and four-eyes rule")
                .check(PARLEY);
    }

    @Test
    void the_calendar_rooms_build_on_the_core_and_not_on_each_other() {
        Set<String> rooms = new TreeSet<>();
        PARLEY.forEach(c -> {
            String rest = c.getPackageName().replaceFirst("^org\\.parley\\.calendar\\.?", "");
            if (c.getPackageName().startsWith("org.parley.calendar.")
                    && !rest.startsWith("ui")
                    && !rest.startsWith("internal")) {
                rooms.add(rest.split("\\.")[0]);
            }
        });
        assertThat(rooms).as("the rooms this rule sees").containsExactlyInAnyOrder("feed", "importing", "mail");
        for (String room : rooms) {
            String[] siblings = rooms.stream()
                    .filter(r -> !r.equals(room))
                    .map(r -> "org.parley.calendar." + r + "..")
                    .toArray(String[]::new);
            noClasses()
                    .that()
                    .resideInAPackage("org.parley.calendar." + room + "..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(siblings)
                    .check(PARLEY);
        }
        noClasses()
                .that()
                .resideInAnyPackage("org.parley.calendar", "org.parley.calendar.internal", "org.parley.calendar.ui")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(rooms.stream()
                        .map(r -> "org.parley.calendar." + r + "..")
                        .toArray(String[]::new))
                .check(PARLEY);
    }

    @Test
    void only_the_calendar_feature_uses_ical4j() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.parley.calendar..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("net.fortuna.ical4j..")
                .check(PARLEY);
    }

    @Test
    void ical4j_types_never_leave_the_calendar_feature() {
        // what other features can call takes and returns Parley's own types (records, byte arrays), never iCal4j's
        codeUnits()
                .that()
                .areDeclaredInClassesThat()
                .resideInAPackage("org.parley.calendar..")
                .and()
                .areDeclaredInClassesThat()
                .arePublic()
                .and()
                .arePublic()
                .should(new ArchCondition<>("not have iCal4j types in their signature") {
                    @Override
                    public void check(JavaCodeUnit codeUnit, ConditionEvents events) {
                        Stream.concat(Stream.of(codeUnit.getReturnType()), codeUnit.getParameterTypes().stream())
                                .flatMap(type -> type.getAllInvolvedRawTypes().stream())
                                .filter(type -> type.getPackageName().startsWith("net.fortuna.ical4j"))
                                .forEach(type -> events.add(SimpleConditionEvent.violated(
                                        codeUnit, codeUnit.getFullName() + " exposes " + type.getName())));
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
        PARLEY.stream()
                .filter(c -> c.getSimpleName().equals("package-info"))
                .forEach(c -> withInfo.add(c.getPackageName()));

        assertThat(withInfo).containsAll(packages);
    }
}
