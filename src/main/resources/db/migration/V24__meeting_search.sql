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

-- The same words one row each, for databases without full-text search (H2): an index on (word, meeting) finds the
-- meetings with a word that begins "lavr" without reading any document. Parley fills it only there; on PostgreSQL,
-- which has the full-text index, it stays empty.
create table meeting_search_word (
    word        varchar(64) not null,
    meeting_id  bigint      not null references meeting (id) on delete cascade,
    primary key (word, meeting_id)
);
create index meeting_search_word_meeting_idx on meeting_search_word (meeting_id);
