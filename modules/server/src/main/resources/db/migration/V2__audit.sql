-- Audit read model: one row per domain event, keyed by the event id (idempotent writes).
create table audit_entry (
    event_id       varchar(64)  not null primary key,
    global_index   bigint       not null,
    occurred_at    timestamptz  not null,
    aggregate_type varchar(64)  not null,
    aggregate_id   varchar(64)  not null,
    sequence_no    bigint       not null,
    event_type     varchar(128) not null,
    actor          varchar(255) not null,
    summary        varchar(1024) not null
);
create index audit_entry_aggregate on audit_entry (aggregate_id, sequence_no);
create index audit_entry_time on audit_entry (occurred_at);
create index audit_entry_type on audit_entry (event_type);

-- Password verifiers of invitations made by the server (never the password itself).
create table invitation_verifier (
    invitation_id varchar(64) not null primary key,
    salt          bytea       not null,
    hash          bytea       not null,
    iterations    integer     not null
);
