package org.parley.calendar.feed;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface CalendarFeedRepository extends Repository<CalendarFeed, Long> {

    CalendarFeed save(CalendarFeed feed);

    void delete(CalendarFeed feed);

    Optional<CalendarFeed> findById(long id);

    Optional<CalendarFeed> findByTokenSha256(String tokenSha256);

    List<CalendarFeed> findByOwnerOrderByCreatedAtAscIdAsc(String owner);
}
