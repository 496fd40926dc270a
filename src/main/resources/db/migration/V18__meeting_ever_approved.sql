-- Whether a meeting was ever approved. Only such meetings ever leave Parley (feeds, invites, e-mail), also once
-- cancelled or postponed; a draft that was cancelled never does (docs/0016-clean-edges.md). Meetings approved before
-- this column existed are found in their history. Runs on H2 2.x and PostgreSQL 15+.
alter table meeting add column ever_approved boolean default false not null;

update meeting set ever_approved = true
where status in ('APPROVED', 'COMPLETED')
   or id in (select history.id from meeting_aud history where history.status in ('APPROVED', 'COMPLETED'));
