package org.parley.meeting.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.timepicker.TimePicker;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.parley.directory.Person;
import org.parley.directory.PersonId;
import org.parley.meeting.LocalTimeOfPerson;
import org.parley.meeting.MeetingId;
import org.parley.meeting.SchedulingService;
import org.parley.meeting.SlotProposal;
import org.parley.meeting.SlotProposals;
import org.parley.meeting.SlotRequest;
import org.parley.shared.Messages;
import org.parley.shared.NotFoundException;
import org.parley.shared.RuleViolationException;
import org.parley.shared.TimeLabels;
import org.parley.shared.ui.Notifications;

/**
 * The scheduling assistant, opened from the meeting editor: the people (the delegations' members, plus anyone added
 * here), a duration, days and the window for the start on the meeting's clock; proposals show each person's local
 * time, and "Use this time" hands the chosen one back to the editor.
 */
class SlotFinderDialog extends Dialog {

    static final LocalTime DEFAULT_EARLIEST = LocalTime.of(8, 0);
    static final LocalTime DEFAULT_LATEST = LocalTime.of(18, 0);
    static final int DEFAULT_DAYS = 14;

    final List<Person> people = new ArrayList<>();
    final VerticalLayout peopleList = new VerticalLayout();
    final Span peopleProblem = new Span();
    final ComboBox<Person> addPerson = new ComboBox<>(getTranslation("meeting.slots.addPerson"));
    final IntegerField duration = new IntegerField(getTranslation("meeting.slots.duration"));
    final DatePicker from = new DatePicker(getTranslation("meeting.slots.firstDay"));
    final DatePicker to = new DatePicker(getTranslation("meeting.slots.lastDay"));
    final TimePicker earliest = new TimePicker(getTranslation("meeting.slots.earliest"));
    final TimePicker latest = new TimePicker(getTranslation("meeting.slots.latest"));
    final Button search = new Button(getTranslation("meeting.slots.search"), VaadinIcon.SEARCH.create());
    final Paragraph explanation = new Paragraph();
    final VerticalLayout results = new VerticalLayout();
    final List<ProposalRow> proposals = new ArrayList<>();

    private final transient SchedulingService scheduling;
    private final ZoneId zone;
    private final @Nullable MeetingId editing;
    private final transient Consumer<SlotProposal> onUse;

    /**
     * @param zone the meeting's time zone: starts are searched and shown on its clock
     * @param editing the meeting being edited, whose own time does not make its people busy
     */
    SlotFinderDialog(
            SchedulingService scheduling,
            PeoplePicker picker,
            List<Person> initialPeople,
            Duration initialDuration,
            ZoneId zone,
            LocalDate today,
            @Nullable MeetingId editing,
            Consumer<SlotProposal> onUse) {
        this.scheduling = scheduling;
        this.zone = zone;
        this.editing = editing;
        this.onUse = onUse;
        setId("slot-finder");
        setHeaderTitle(getTranslation("meeting.editor.findTime"));
        setWidth("56rem");

        peopleList.setPadding(false);
        peopleList.setSpacing(false);
        peopleProblem.addClassName("parley-error");
        initialPeople.forEach(this::addPerson);
        picker.configure(addPerson);
        addPerson.setPlaceholder(getTranslation("meeting.searchDirectory"));
        addPerson.setWidthFull();
        addPerson.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                addPerson(e.getValue());
                addPerson.clear();
            }
        });

        duration.setValue((int) initialDuration.toMinutes());
        duration.setStep(15);
        duration.setMin((int) SlotRequest.SHORTEST.toMinutes());
        duration.setMax((int) SlotRequest.LONGEST.toMinutes());
        duration.setStepButtonsVisible(true);
        from.setValue(today);
        to.setValue(today.plusDays(DEFAULT_DAYS - 1));
        earliest.setValue(DEFAULT_EARLIEST);
        latest.setValue(DEFAULT_LATEST);
        earliest.setStep(Duration.ofMinutes(15));
        latest.setStep(Duration.ofMinutes(15));
        var clock = new Paragraph(getTranslation("meeting.slots.clock", zone.getId()));
        clock.addClassName("parley-muted");

        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.setId("slot-search");
        search.addClickListener(e -> search());
        explanation.setId("slot-explanation");
        results.setPadding(false);
        results.setSpacing(false);

        add(
                new H4(getTranslation("meeting.slots.people")),
                peopleList,
                peopleProblem,
                addPerson,
                new H4(getTranslation("meeting.page.when")),
                new FormLayout(duration, from, to, earliest, latest),
                clock,
                search,
                explanation,
                results);
        getFooter().add(new Button(getTranslation("meeting.slots.close"), e -> close()));
    }

    private void addPerson(Person person) {
        if (people.stream().anyMatch(p -> p.id().equals(person.id()))) {
            return;
        }
        people.add(person);
        var label = new Span(getTranslation(
                "meeting.slots.personLine",
                person.fullName(),
                TimeLabels.place(person.homeZone()),
                TimeLabels.time(person.workdayStart(), getLocale()) + "\u2013"
                        + TimeLabels.time(person.workdayEnd(), getLocale())));
        var remove = new Button(VaadinIcon.CLOSE_SMALL.create());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        remove.setAriaLabel(getTranslation("meeting.slots.removePerson", person.fullName()));
        var row = new HorizontalLayout(label, remove);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        remove.addClickListener(e -> {
            people.remove(person);
            peopleList.remove(row);
        });
        peopleList.add(row);
    }

    void search() {
        clearProblems();
        Set<PersonId> ids = new LinkedHashSet<>();
        people.forEach(p -> ids.add(p.id()));
        // nulls from empty fields go through, so that validation names each missing value next to its field
        SlotRequest request = new SlotRequest(
                        ids,
                        duration.getValue() == null ? null : Duration.ofMinutes(duration.getValue()),
                        from.getValue(),
                        to.getValue(),
                        zone,
                        earliest.getValue(),
                        latest.getValue())
                .ignoring(editing);
        try {
            show(scheduling.findSlots(request));
        } catch (ConstraintViolationException invalid) {
            invalid.getConstraintViolations().forEach(this::showProblem);
        } catch (RuleViolationException refused) {
            Notifications.error(refused.messageIn(getLocale()));
        } catch (NotFoundException refused) {
            Notifications.error(getTranslation("shared.error.notFound"));
        }
    }

    private void show(SlotProposals found) {
        explanation.setText(found.explanation());
        found.proposals().forEach(proposal -> {
            var row = new ProposalRow(proposal, zone);
            row.use.addClickListener(e -> {
                onUse.accept(proposal);
                close();
            });
            proposals.add(row);
            results.add(row);
        });
    }

    private void clearProblems() {
        List<HasValidation> fields = List.of(duration, from, to, earliest, latest);
        fields.forEach(f -> f.setInvalid(false));
        peopleProblem.setText("");
        explanation.setText("");
        proposals.clear();
        results.removeAll();
    }

    private void showProblem(ConstraintViolation<?> violation) {
        String property = "";
        for (Path.Node node : violation.getPropertyPath()) {
            property = node.getName() == null ? property : node.getName();
        }
        HasValidation field = switch (property) {
            case "duration", "durationWithinLimits" -> duration;
            case "from" -> from;
            case "to", "rangeInOrder", "rangeShortEnough" -> to;
            case "earliestLocalStart" -> earliest;
            case "latestLocalStart", "earliestBeforeLatest" -> latest;
            default -> null;
        };
        if (field != null) {
            field.setErrorMessage(violation.getMessage());
            field.setInvalid(true);
        } else if (property.equals("people")) {
            peopleProblem.setText(violation.getMessage());
        } else {
            Notifications.error(violation.getMessage());
        }
    }

    /** One proposal: when on the meeting's clock, how many people it catches outside hours, and everyone's time. */
    static class ProposalRow extends HorizontalLayout {

        final Span when = new Span();
        final Span outside = new Span();
        final Div localTimes = new Div();
        final Button use = new Button(getTranslation("meeting.slots.use"));

        ProposalRow(SlotProposal proposal, ZoneId zone) {
            addClassName("parley-slot");
            setWidthFull();
            setAlignItems(FlexComponent.Alignment.CENTER);
            when.setText(TimeLabels.range(proposal.start(), proposal.end(), zone, getLocale()));
            int n = proposal.peopleOutsideHours();
            outside.setText(
                    n == 0
                            ? getTranslation("meeting.slots.everyoneInside")
                            : getTranslation("meeting.slots.outside", n));
            outside.addClassName(n == 0 ? "parley-success" : "parley-warning");
            LocalDate venueDay = proposal.start().atZone(zone).toLocalDate();
            for (LocalTimeOfPerson person : proposal.people()) {
                if (localTimes.getComponentCount() > 0) {
                    localTimes.add(new Span(" \u00b7 "));
                }
                localTimes.add(localTime(person, venueDay, getLocale()));
            }
            use.addThemeVariants(ButtonVariant.LUMO_SMALL);
            var text = new VerticalLayout(when, outside, localTimes);
            text.setPadding(false);
            text.setSpacing(false);
            add(text, use);
            expand(text);
        }

        /** "Marco Rubio 02:00 New York ✗", with "(+1 day)" when it falls on another day than at the venue. */
        private static Span localTime(LocalTimeOfPerson person, LocalDate venueDay, Locale locale) {
            String shift = TimeLabels.dayShift(
                    venueDay.atStartOfDay(person.zone()), person.localStart().atZone(person.zone()), locale);
            var span = new Span(
                    person.name() + " " + TimeLabels.time(person.localStart().toLocalTime(), locale) + shift + " "
                            + TimeLabels.place(person.zone()) + (person.insideHours() ? "" : " \u2717"));
            if (!person.insideHours()) {
                span.addClassName("parley-warning");
                span.setTitle(Messages.get(locale, "meeting.slots.outsideOf", person.name()));
            }
            return span;
        }
    }
}
