-- The meetings' search documents (docs/0019-search.md): for each meeting, the words of its title, objectives, agenda,
-- delegations' organisations and participants' names (in Latin letters and in their original script), lower case and
-- without accents, separated by single spaces and starting with one. Parley writes a meeting's document whenever the
-- meeting or one of its participants changes, and at start-up for meetings whose document is missing or was written by
-- an older version of the builder (format). PostgreSQL indexes it for full-text search (db/vendor/postgresql).
create table meeting_search (
    meeting_id  bigint         not null primary key references meeting (id) on delete cascade,
    format      integer        not null,
    document    varchar(200000) not null
);
create index meeting_search_format_idx on meeting_search (format, meeting_id);
