package org.parley.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.parley.directory.PeopleService;
import org.parley.directory.PersonFilter;
import org.parley.directory.PersonId;
import org.parley.directory.VenueId;
import org.parley.directory.VenueService;
import org.parley.followup.ActionFilter;
import org.parley.followup.ActionStatus;
import org.parley.followup.FollowUpService;
import org.parley.protocol.ProtocolRules;
import org.parley.protocol.ProtocolService;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** People, venues and action items, read only: the directory and the action list are maintained in the UI. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Directory and action items")
class DirectoryController {

    private final PeopleService people;
    private final ProtocolService protocol;
    private final VenueService venues;
    private final FollowUpService followUp;

    DirectoryController(PeopleService people, VenueService venues, FollowUpService followUp, ProtocolService protocol) {
        this.people = people;
        this.protocol = protocol;
        this.venues = venues;
        this.followUp = followUp;
    }

    @GetMapping("/people")
    Json.Page<Json.PersonJson> people(
            @RequestParam(required = false) @Nullable String text,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        var slice = people.find(PersonFilter.byText(QueryParameters.searchText("text", text)), Paging.of(page, size));
        // the ranks once for the page, not once per person
        ProtocolRules rules = protocol.rules();
        return Paging.page(
                slice,
                slice.getContent().stream()
                        .map(person -> Json.PersonJson.of(person, rules))
                        .toList(),
                null);
    }

    @GetMapping("/people/{id}")
    Json.PersonJson person(@PathVariable long id) {
        return Json.PersonJson.of(people.get(new PersonId(id)), protocol.rules());
    }

    @GetMapping("/venues")
    Json.Page<Json.VenueJson> venues(
            @RequestParam(required = false) @Nullable String text,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        String search = QueryParameters.searchText("text", text);
        var slice = venues.find(search == null ? "" : search, Paging.of(page, size));
        return Paging.page(
                slice, slice.getContent().stream().map(Json.VenueJson::of).toList(), null);
    }

    @GetMapping("/venues/{id}")
    Json.VenueJson venue(@PathVariable long id) {
        return Json.VenueJson.of(venues.get(new VenueId(id)));
    }

    @GetMapping("/action-items")
    Json.Page<Json.ActionItem> actionItems(
            @RequestParam(required = false) @Nullable String owner,
            @RequestParam(required = false) @Nullable ActionStatus status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        var filter = new ActionFilter(QueryParameters.searchText("owner", owner), status, null, null);
        var slice = followUp.actionItems(filter, Paging.of(page, size));
        return Paging.page(
                slice, slice.getContent().stream().map(Json.ActionItem::of).toList(), null);
    }
}
