package org.parley.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.meeting.AgendaItemDetails;
import org.parley.meeting.MeetingDetails;
import org.parley.meeting.MeetingFilter;
import org.parley.meeting.MeetingService;
import org.parley.meeting.MeetingStatus;
import org.parley.security.SystemTask;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo as {@code ./parley demo} loads it, on an in-memory database of its own and with fewer generated meetings:
 * the generated ones are saved many to a transaction (three here, the last one partly filled), and none is lost.
 */
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:parley-demo-test;DB_CLOSE_DELAY=-1",
            "spring.jpa.hibernate.ddl-auto=validate",
            "parley.demo.generated-people=60",
            "parley.demo.generated-meetings=120"
        })
// the demo profile alone: the test profile's database cleaning would compete with the demo's own fresh database
@ActiveProfiles("demo")
// closed after this class: the demo's own context (and its jobs) must not stay beside the suite's
@DirtiesContext
class DemoDataTest {

    /**
     * Vaadin's security set-up puts a new security-context strategy into Spring Security's static holder whenever a
     * context starts. The suite's cached context keeps the one it started with, so after this class's own context
     * the signed-in test users would no longer reach its services: the strategy goes back when this class is done.
     */
    private static SecurityContextHolderStrategy suiteStrategy;

    @BeforeAll
    static void rememberTheSuitesSecurityStrategy() {
        suiteStrategy = SecurityContextHolder.getContextHolderStrategy();
    }

    @AfterAll
    static void giveTheSuiteItsSecurityStrategyBack() {
        SecurityContextHolder.setContextHolderStrategy(suiteStrategy);
    }

    /** Generated titles read "Working group on the Arctic (Germany–Russia)"; the scenario's have no such ending. */
    private static final Pattern GENERATED_TITLE = Pattern.compile(".+ on .+ \\(.+\u2013.+\\)");

    @Autowired
    MeetingService meetings;

    @Autowired
    UserDetailsService users;

    @Test
    void every_generated_meeting_is_saved_with_its_delegations_and_agenda() {
        List<MeetingDetails> generated =
                asAdmin(() -> meetings.find(MeetingFilter.all(), PageRequest.of(0, 1000)).getContent().stream()
                        .filter(m -> GENERATED_TITLE.matcher(m.title()).matches())
                        .map(m -> meetings.get(m.id()))
                        .toList());

        assertThat(generated).hasSize(120).allSatisfy(meeting -> {
            assertThat(meeting.delegations()).hasSize(2);
            assertThat(meeting.agenda())
                    .extracting(AgendaItemDetails::title)
                    .startsWith("Opening remarks")
                    .endsWith("Next steps");
        });
    }

    @Test
    void the_scenario_goes_through_its_approvals_after_the_generated_meetings() {
        List<String> waiting = asAdmin(() -> meetings
                .find(
                        new MeetingFilter(null, null, null, MeetingStatus.PENDING_APPROVAL, null, null, null, null),
                        PageRequest.of(0, 100))
                .getContent()
                .stream()
                .map(m -> m.title())
                .toList());

        assertThat(waiting)
                .contains(
                        "Experts' consultations on the functioning of diplomatic missions", "Summit of the Presidents");
    }

    private <T> T asAdmin(Supplier<T> work) {
        return SystemTask.runAs(users.loadUserByUsername("admin"), work);
    }
}
