-- What came of an agenda item is recorded one way: as a decision of the meeting (meeting_outcome, V9), tied to the
-- item by its position. Outcomes written into agenda items before this migration become such decisions, recorded by
-- whoever last changed the meeting, at that time; then the agenda's own outcome column goes (and its history's).
insert into meeting_outcome (meeting_id, meeting_title, meeting_classification, kind, text, agenda_position, status,
                             recorded_by, recorded_at, version)
select a.meeting_id, m.title, m.classification, 'DECISION', substr(trim(a.outcome), 1, 2000), a.position, 'OPEN',
       m.updated_by, m.updated_at, 0
from agenda_item a
join meeting m on m.id = a.meeting_id
where a.outcome is not null and trim(a.outcome) <> '';

alter table agenda_item drop column outcome;
alter table agenda_item_aud drop column outcome;
