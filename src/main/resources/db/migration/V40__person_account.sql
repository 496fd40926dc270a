-- Which user account is which person of the directory (docs/0025): a person has at most one account and an account
-- is at most one person. "My meetings" follows the link to the delegations the person is a member of.
create table person_account (
    person_id  bigint      not null primary key references person (id),
    user_id    bigint      not null references app_user (id),
    linked_by  varchar(64) not null,
    linked_at  timestamp   not null,
    constraint person_account_user_once unique (user_id)
);
