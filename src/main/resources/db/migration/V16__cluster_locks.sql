-- ShedLock's table: one row per periodic job, held by the node running it until lock_until (docs/0015-several-nodes.md).
-- Times are the database's own clock in UTC (ShedLock's "usingDbTime"), so nodes whose clocks differ still agree.
create table shedlock (
    name        varchar(64)  not null primary key,
    lock_until  timestamp(3) not null,
    locked_at   timestamp(3) not null,
    locked_by   varchar(255) not null
);
