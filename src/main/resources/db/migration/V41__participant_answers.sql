-- A participant's own answer to the invitation (docs/0025): the comment that comes with it, when and through what it
-- came (the planner, Parley's page, the API, a calendar's e-mail reply). Kept in the history like the answer itself.
alter table delegation_member add column response_comment varchar(500);
alter table delegation_member add column responded_at timestamp;
alter table delegation_member add column response_source varchar(16);
alter table delegation_member_aud add column response_comment varchar(500);
alter table delegation_member_aud add column responded_at timestamp;
alter table delegation_member_aud add column response_source varchar(16);
