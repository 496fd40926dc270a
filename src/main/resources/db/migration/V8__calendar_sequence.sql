-- The iCalendar SEQUENCE of each meeting, with the values it was last counted from (docs/0006-icalendar.md): when
-- the start, end, venue, room or status differ from this snapshot the sequence goes up by one; it never goes down.
-- Runs on H2 2.x and PostgreSQL 15+.
create table calendar_sequence (
    meeting_id  bigint       not null primary key references meeting (id),
    sequence    integer      not null,
    starts_at   timestamp(6) with time zone not null,
    ends_at     timestamp(6) with time zone not null,
    venue_id    bigint,
    room_id     bigint,
    status      varchar(24)  not null,
    changed_at  timestamp(6) with time zone not null,
    constraint calendar_sequence_not_negative check (sequence >= 0)
);

-- meetings planned before calendars existed start at 0 with what they are now: nobody holds an older copy
insert into calendar_sequence (meeting_id, sequence, starts_at, ends_at, venue_id, room_id, status, changed_at)
select id, 0, starts_at, ends_at, venue_id, room_id, status, updated_at from meeting;
