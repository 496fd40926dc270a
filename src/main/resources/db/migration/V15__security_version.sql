-- A user's security version: raised whenever the user's open sessions must end (disabled, roles or clearance changed,
-- password reset by an administrator). Every node compares it with the version its sessions were signed in under, so
-- such a change reaches sessions on all nodes, not only on the node that made it (docs/0015-several-nodes.md).
alter table app_user add column security_version bigint default 0 not null;
