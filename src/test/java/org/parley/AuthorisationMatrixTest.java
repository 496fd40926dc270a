package org.parley;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;
import org.parley.AuthorisationMatrix.Call;
import org.parley.AuthorisationMatrix.Caller;
import org.parley.AuthorisationMatrix.Operation;
import org.parley.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Runs the authorisation matrix: one test per operation and caller ("approver may approvals.approve", "viewer may
 * not meetings.create"), and one per object rule. At the end it prints how many cells ran and writes them, with the
 * table, to target/authorisation-matrix.txt.
 */
@ParleyTest
class AuthorisationMatrixTest {

    private static final AtomicInteger roleCells = new AtomicInteger();
    private static final AtomicInteger objectRuleCells = new AtomicInteger();
    private static final List<String> failures = Collections.synchronizedList(new ArrayList<>());

    @Autowired
    AccessFixture fixture;

    @TestFactory
    Stream<DynamicContainer> each_caller_may_or_may_not_call_each_operation_as_the_table_says() {
        return AuthorisationMatrix.OPERATIONS.stream()
                .map(operation -> dynamicContainer(
                        operation.name() + " (" + operation.methodName() + ")",
                        AuthorisationMatrix.callers().stream().map(caller -> {
                            String name = caller.label()
                                    + (operation.allows(caller) ? " may " : " may not ")
                                    + operation.name();
                            return dynamicTest(name, counted(roleCells, name, () -> cell(operation, caller)));
                        })));
    }

    @TestFactory
    Stream<DynamicTest> object_rules_hold_on_top_of_the_roles() {
        return AuthorisationMatrix.OBJECT_RULES.stream()
                .map(rule -> dynamicTest(
                        rule.title(),
                        counted(
                                objectRuleCells,
                                rule.title(),
                                () -> rule.check().accept(fixture))));
    }

    private void cell(Operation operation, Caller caller) {
        // prepared before the caller acts, by others, exactly the same way for allowed and refused callers
        Call call = operation.scenario().prepare(fixture, caller);
        if (operation.allows(caller)) {
            assertThatCode(() -> fixture.perform(caller, call))
                    .as("%s calling %s", caller.label(), operation.methodName())
                    .doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> fixture.perform(caller, call))
                    .as("%s calling %s", caller.label(), operation.methodName())
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    /**
     * Counts the cell as tested and notes a failure for the report; every cell tidies up what it left pending. The
     * failure names the cell in a sentence, because Maven's report shows dynamic tests only by number.
     */
    private Executable counted(AtomicInteger counter, String name, Executable cell) {
        return () -> {
            counter.incrementAndGet();
            try {
                cell.execute();
            } catch (Throwable failure) {
                failures.add(name);
                throw new AssertionError(name + ": " + failure, failure);
            } finally {
                fixture.retirePending();
            }
        };
    }

    @AfterAll
    static void report() throws IOException {
        if (roleCells.get() + objectRuleCells.get() == 0) {
            return;
        }
        int operations = AuthorisationMatrix.OPERATIONS.size();
        int callers = AuthorisationMatrix.callers().size();
        String summary = String.format(
                "Authorisation matrix: %d cells (%d callers: %d roles and a signed-out visitor × %d operations)"
                        + " + %d object-rule cells = %d cells tested, %s",
                roleCells.get(),
                callers,
                Role.values().length,
                operations,
                objectRuleCells.get(),
                roleCells.get() + objectRuleCells.get(),
                failures.isEmpty() ? "all passed" : failures.size() + " failed");
        System.out.println(summary);
        String failed = failures.isEmpty()
                ? ""
                : "\nFailed cells:\n"
                        + failures.stream().map(message -> "  " + message).collect(Collectors.joining("\n")) + "\n";
        Path report = Path.of("target", "authorisation-matrix.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, summary + "\n" + failed + "\n" + AuthorisationMatrix.render());
    }
}
