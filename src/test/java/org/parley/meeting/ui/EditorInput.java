package org.parley.meeting.ui;

import com.vaadin.browserless.TesterWrappers;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.parley.directory.Person;
import org.parley.meeting.MeetingKind;
import org.parley.shared.CountryCode;

/** Types a one-hour phone call between two heads of delegation into the editor, as a planner would. */
final class EditorInput {

    private EditorInput() {}

    static void phoneCall(
            TesterWrappers ui,
            MeetingEditorView editor,
            String title,
            ZoneId zone,
            LocalDateTime start,
            Person russianHead,
            Person americanHead) {
        ui.test(editor.basics.title).setValue(title);
        ui.test(editor.basics.kind).selectItem(MeetingKind.PHONE_CALL.label());
        editor.whenWhere.timeZone.setValue(zone);
        editor.whenWhere.start.setValue(start);
        editor.whenWhere.end.setValue(start.plusHours(1));
        ui.test(editor.delegations.addDelegation).click();
        ui.test(editor.delegations.addDelegation).click();
        delegation(ui, editor.delegations.editors.get(0), new CountryCode("RU"), russianHead);
        delegation(ui, editor.delegations.editors.get(1), new CountryCode("US"), americanHead);
    }

    private static void delegation(TesterWrappers ui, DelegationEditor delegation, CountryCode country, Person head) {
        delegation.country.setValue(country);
        ui.test(delegation.addMember).click();
        delegation.members.getFirst().person.setValue(head);
    }
}
