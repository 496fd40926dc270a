package org.parley.bilateral;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The rooms each conference sets aside for bilaterals, and walking times between venues: two small tables. */
@Component
class BilateralRooms {

    private final JdbcClient jdbc;

    BilateralRooms(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Set<Long> roomsOf(long conferenceId) {
        return Set.copyOf(jdbc.sql("select room_id from bilateral_room where conference_id = ?")
                .param(conferenceId)
                .query(Long.class)
                .list());
    }

    void setRooms(long conferenceId, Collection<Long> roomIds) {
        jdbc.sql("delete from bilateral_room where conference_id = ?")
                .param(conferenceId)
                .update();
        roomIds.forEach(room -> jdbc.sql("insert into bilateral_room (conference_id, room_id) values (?, ?)")
                .params(conferenceId, room)
                .update());
    }

    /** Minutes between each pair of the venues that has a walking time, both ways round. */
    Map<VenuePair, Integer> walkingTimes(Collection<Long> venueIds) {
        if (venueIds.size() < 2) {
            return Map.of();
        }
        Map<VenuePair, Integer> times = new HashMap<>();
        jdbc.sql("select venue_a_id, venue_b_id, minutes from venue_walking_time "
                        + "where venue_a_id in (:venues) and venue_b_id in (:venues)")
                .param("venues", List.copyOf(venueIds))
                .query((rs, row) -> {
                    times.put(VenuePair.of(rs.getLong(1), rs.getLong(2)), rs.getInt(3));
                    return null;
                })
                .list();
        return times;
    }

    void setWalkingTime(long venueA, long venueB, int minutes) {
        VenuePair pair = VenuePair.of(venueA, venueB);
        jdbc.sql("delete from venue_walking_time where venue_a_id = ? and venue_b_id = ?")
                .params(pair.first(), pair.second())
                .update();
        jdbc.sql("insert into venue_walking_time (venue_a_id, venue_b_id, minutes) values (?, ?, ?)")
                .params(pair.first(), pair.second(), minutes)
                .update();
    }

    /** Two venues, the smaller id first, so that each pair is stored and found once. */
    record VenuePair(long first, long second) {
        static VenuePair of(long a, long b) {
            return new VenuePair(Math.min(a, b), Math.max(a, b));
        }
    }
}
