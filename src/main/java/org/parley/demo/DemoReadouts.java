package org.parley.demo;

import java.util.List;
import java.util.function.Supplier;
import org.parley.readout.ReadoutDraft;
import org.parley.readout.ReadoutService;
import org.parley.readout.ReadoutTextData;
import org.parley.security.SystemTask;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The readouts of the scenario: the Foreign Ministers' call has one in English and Russian, drafted by the planner and
 * released by the approver (the call is restricted, so the approver confirms the release explicitly); the Riyadh
 * talks, still ahead, have a draft nobody may release yet.
 */
final class DemoReadouts {

    private final ReadoutService readouts;
    private final UserDetailsService users;

    DemoReadouts(ReadoutService readouts, UserDetailsService users) {
        this.readouts = readouts;
        this.users = users;
    }

    void run(DemoMeetings demo) {
        as(
                "planner",
                () -> readouts.saveDraft(
                        demo.ministersCall,
                        new ReadoutDraft(
                                List.of(
                                        new ReadoutTextData(
                                                "en",
                                                "The Foreign Ministers of Russia and the United States spoke by telephone. "
                                                        + "They agreed to keep channels of communication open, to convene experts soon to remove "
                                                        + "obstacles to the work of the embassies, and to begin preparing a meeting of the "
                                                        + "Presidents."),
                                        new ReadoutTextData(
                                                "ru",
                                                "Состоялся телефонный разговор министров иностранных дел России и США. "
                                                        + "Министры договорились поддерживать каналы связи, в ближайшее время созвать экспертов "
                                                        + "для устранения препятствий в работе посольств и начать подготовку встречи президентов.")))));
        as("approver", () -> readouts.release(demo.ministersCall, true));
        as(
                "planner",
                () -> readouts.saveDraft(
                        demo.riyadh,
                        new ReadoutDraft(
                                List.of(
                                        new ReadoutTextData(
                                                "en",
                                                "Delegations of Russia and the United States met in Riyadh at the "
                                                        + "invitation of the Kingdom of Saudi Arabia. [To be completed after the talks.]")))));
    }

    private <T> T as(String username, Supplier<T> work) {
        return SystemTask.runAs(users.loadUserByUsername(username), work);
    }
}
