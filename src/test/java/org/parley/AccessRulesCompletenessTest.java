package org.parley;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThat;

import accessprobes.Probes;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parley.AuthorisationMatrix.Operation;
import org.parley.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Fails the build when an access rule is missing: a public service method without its own {@code @PreAuthorize}, a
 * view, layout or error view without exactly one access annotation, or a public method of a service in the policy
 * table without a row there. Each rule is also run against classes that break it on purpose ({@link Probes}), or
 * shown to select real classes of each kind, so that a rule that has stopped seeing anything fails too.
 */
class AccessRulesCompletenessTest {

    private static final JavaClasses PARLEY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.parley");

    private static final JavaClasses SERVICE_PROBES = new ClassFileImporter()
            .importClasses(Probes.PartlyGuardedService.class, Probes.ClassLevelOnlyService.class);

    /** What Vaadin's NavigationAccessControl reads on a view; JSR-250 is off for Spring, so nothing else does. */
    private static final List<Class<? extends Annotation>> VIEW_ACCESS =
            List.of(RolesAllowed.class, PermitAll.class, AnonymousAllowed.class, DenyAll.class);

    /**
     * Every public method of every service says who may call it, on the method itself: a class-level rule is easy to
     * miss when a method is added, and it silently covers methods nobody thought about. Static methods are left out
     * because method security works through the bean's proxy, which a static call never passes.
     */
    static final ArchRule SERVICE_METHODS_DECLARE_WHO_MAY_CALL_THEM = methods()
            .that()
            .areDeclaredInClassesThat()
            .areMetaAnnotatedWith(Service.class)
            .and()
            .arePublic()
            .and()
            .areNotStatic()
            .and()
            .doNotHaveModifier(JavaModifier.SYNTHETIC)
            .and()
            .doNotHaveModifier(JavaModifier.BRIDGE)
            .should()
            .beAnnotatedWith(PreAuthorize.class)
            .because("an access rule on the class alone is not explicit enough for a service's front door");

    /** The classes Vaadin navigates to or renders around a view. */
    static final DescribedPredicate<JavaClass> NAVIGATION_TARGETS = DescribedPredicate.describe(
            "are routes, layouts or error views",
            c -> !c.isInterface()
                    && (c.isAnnotatedWith(Route.class)
                            || c.isAnnotatedWith(RouteAlias.class)
                            || c.isAnnotatedWith(Layout.class)
                            || c.isAssignableTo(HasErrorParameter.class)));

    static final ArchCondition<JavaClass> EXACTLY_ONE_ACCESS_ANNOTATION =
            new ArchCondition<>("carry exactly one of @RolesAllowed, @PermitAll, @AnonymousAllowed, @DenyAll") {
                @Override
                public void check(JavaClass view, ConditionEvents events) {
                    List<String> found = VIEW_ACCESS.stream()
                            .filter(view::isAnnotatedWith)
                            .map(a -> "@" + a.getSimpleName())
                            .toList();
                    if (found.size() != 1) {
                        events.add(SimpleConditionEvent.violated(
                                view,
                                view.getName() + " has "
                                        + (found.isEmpty() ? "no access annotation" : String.join(" and ", found))));
                    }
                }
            };

    /**
     * Every route, route alias, layout and error view carries exactly one access annotation: Vaadin refuses a view
     * without one, which hides the mistake as "access denied", and two of them leave the reader to know which wins.
     */
    static final ArchRule VIEWS_DECLARE_WHO_MAY_OPEN_THEM =
            classes().that(NAVIGATION_TARGETS).should(EXACTLY_ONE_ACCESS_ANNOTATION);

    @Test
    void every_public_service_method_has_its_own_preauthorize() {
        SERVICE_METHODS_DECLARE_WHO_MAY_CALL_THEM.check(PARLEY);
    }

    @Test
    void every_route_layout_and_error_view_has_exactly_one_access_annotation() {
        VIEWS_DECLARE_WHO_MAY_OPEN_THEM.check(PARLEY);
    }

    @Test
    void every_public_method_of_a_service_in_the_policy_table_has_a_row() {
        assertThat(gapsBetween(AuthorisationMatrix.OPERATIONS)).isEmpty();
    }

    @Test
    void the_policy_table_names_each_operation_and_each_method_once() {
        assertThat(duplicates(AuthorisationMatrix.OPERATIONS, Operation::name)).isEmpty();
        assertThat(duplicates(AuthorisationMatrix.OPERATIONS, Operation::methodName))
                .isEmpty();
        Set<String> operations =
                AuthorisationMatrix.OPERATIONS.stream().map(Operation::name).collect(Collectors.toSet());
        assertThat(AuthorisationMatrix.OBJECT_RULES)
                .allSatisfy(rule -> assertThat(operations).as(rule.title()).contains(rule.operation()));
    }

    @Test
    void each_role_in_the_table_is_a_caller_of_the_matrix() {
        // one caller per role: a role added to Role without a test user would otherwise never be tried
        assertThat(AuthorisationMatrix.callers())
                .extracting(AuthorisationMatrix.Caller::role)
                .filteredOn(role -> role != null)
                .containsExactlyInAnyOrder(Role.values());
    }

    // --- the rules catch what they are for ----------------------------------------------------------------------

    @Test
    void the_service_rule_catches_a_method_without_its_own_preauthorize() {
        List<String> violations = SERVICE_METHODS_DECLARE_WHO_MAY_CALL_THEM
                .evaluate(SERVICE_PROBES)
                .getFailureReport()
                .getDetails();

        assertThat(violations).hasSize(2);
        assertThat(violations).anySatisfy(v -> assertThat(v).contains("PartlyGuardedService.unguarded()"));
        assertThat(violations).anySatisfy(v -> assertThat(v).contains("ClassLevelOnlyService.administer()"));
    }

    @Test
    void the_view_rule_looks_at_routes_layouts_and_error_views() {
        List<JavaClass> targets = PARLEY.stream().filter(NAVIGATION_TARGETS).toList();

        assertThat(targets).anyMatch(c -> c.isAnnotatedWith(Route.class));
        assertThat(targets).anyMatch(c -> c.isAnnotatedWith(Layout.class));
        assertThat(targets).anyMatch(c -> c.isAssignableTo(HasErrorParameter.class) && !c.isAnnotatedWith(Route.class));
        assertThat(targets).noneMatch(c -> c.isAnnotatedWith(Service.class));
    }

    @Test
    void the_view_rule_catches_a_class_with_no_or_two_access_annotations() {
        JavaClasses probes = new ClassFileImporter()
                .importClasses(
                        Probes.OneAccessAnnotation.class,
                        Probes.NoAccessAnnotation.class,
                        Probes.TwoAccessAnnotations.class);

        List<String> violations = classes()
                .should(EXACTLY_ONE_ACCESS_ANNOTATION)
                .evaluate(probes)
                .getFailureReport()
                .getDetails();

        assertThat(violations).hasSize(2);
        assertThat(violations).anySatisfy(v -> assertThat(v).contains("NoAccessAnnotation has no access annotation"));
        assertThat(violations)
                .anySatisfy(v -> assertThat(v).contains("TwoAccessAnnotations has @RolesAllowed and @PermitAll"));
    }

    @Test
    void the_table_check_catches_a_method_without_a_row_and_a_row_without_a_method() {
        AuthorisationMatrix.Scenario unused = (f, who) -> () -> null;
        List<Operation> table = List.of(
                new Operation("probe.listed", Probes.TabledService.class, "listed", Set.of(Role.VIEWER), unused),
                new Operation("probe.gone", Probes.TabledService.class, "removed", Set.of(Role.VIEWER), unused));

        assertThat(gapsBetween(table))
                .containsExactlyInAnyOrder(
                        "TabledService.added has no row in the policy table",
                        "row probe.gone names TabledService.removed, which is not a public method of it");
    }

    // --- comparing the table with the services --------------------------------------------------------------------

    /**
     * For every service the table lists, its public methods against the table's rows, both ways. Only listed
     * services are compared: a new service is held to the {@code @PreAuthorize} rule above until someone adds it.
     * Methods are matched by name; an overloaded name is reported, because one row could not tell the overloads
     * apart.
     */
    static List<String> gapsBetween(Collection<Operation> table) {
        List<String> gaps = new ArrayList<>();
        Map<Class<?>, List<Operation>> byService = table.stream()
                .collect(Collectors.groupingBy(Operation::service, java.util.LinkedHashMap::new, Collectors.toList()));
        byService.forEach((service, rows) -> {
            List<String> methods = Arrays.stream(service.getDeclaredMethods())
                    .filter(m -> Modifier.isPublic(m.getModifiers())
                            && !Modifier.isStatic(m.getModifiers())
                            && !m.isSynthetic()
                            && !m.isBridge())
                    .map(Method::getName)
                    .sorted()
                    .toList();
            Set<String> declared = new LinkedHashSet<>(methods);
            Set<String> listed = rows.stream().map(Operation::method).collect(Collectors.toSet());
            declared.stream()
                    .filter(m -> methods.indexOf(m) != methods.lastIndexOf(m))
                    .forEach(m -> gaps.add(service.getSimpleName() + "." + m
                            + " is overloaded, but rows name methods only: rename one"));
            declared.stream()
                    .filter(m -> !listed.contains(m))
                    .forEach(m -> gaps.add(service.getSimpleName() + "." + m + " has no row in the policy table"));
            rows.stream()
                    .filter(row -> !declared.contains(row.method()))
                    .forEach(row -> gaps.add("row " + row.name() + " names " + row.methodName()
                            + ", which is not a public method of it"));
        });
        return gaps;
    }

    private static List<String> duplicates(Collection<Operation> table, Function<Operation, String> key) {
        return table.stream().collect(Collectors.groupingBy(key, Collectors.counting())).entrySet().stream()
                .filter(e -> e.getValue() > 1)
                .map(Map.Entry::getKey)
                .toList();
    }
}
