-- The audit log: append-only and hash-chained (docs/0004-audit-log.md). Plain SQL that runs on H2 2.x and PostgreSQL 15+.
-- The id is not an identity: it is the entry's position in the chain, assigned while the head row is locked, because
-- the entry's hash covers it. Nothing in Parley updates or deletes audit_entry rows.
create table audit_entry (
    id             bigint        primary key,
    occurred_at    timestamp(6) with time zone not null,
    actor          varchar(64)   not null,
    action         varchar(48)   not null,
    target         varchar(200)  not null,
    details        varchar(2000) not null,
    previous_hash  varchar(64)   not null,
    hash           varchar(64)   not null
);
create index audit_entry_occurred_idx on audit_entry (occurred_at);
create index audit_entry_actor_idx on audit_entry (actor, occurred_at);
create index audit_entry_action_idx on audit_entry (action, occurred_at);

-- The end of the chain. One row; appending locks it so that concurrent appends form one line.
create table audit_head (
    id             integer      primary key,
    last_entry_id  bigint       not null,
    last_hash      varchar(64)  not null,
    constraint audit_head_single_row check (id = 1)
);
insert into audit_head (id, last_entry_id, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
