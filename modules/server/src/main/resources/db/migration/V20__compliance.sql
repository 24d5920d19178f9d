-- Compliance timeline read model (processing group compliance-timeline), rebuilt by replaying the events.

-- One row per session: who, where, how it began and how it ended.
create table compliance_session (
    session_id       varchar(64)  not null primary key,
    user_name        varchar(255) not null,
    helper           varchar(255) not null,
    computer         varchar(255) not null,
    mode             varchar(16)  not null,
    invitation_id    varchar(64),
    started_at       timestamptz  not null,
    ended_at         timestamptz,
    ended_by         varchar(255),
    end_reason       varchar(1024),
    duration_ms      bigint,
    control_ms       bigint,
    bytes_to_helper  bigint,
    bytes_to_user    bigint
);
create index compliance_session_started on compliance_session (started_at);
create index compliance_session_user on compliance_session (lower(user_name), started_at);
create index compliance_session_helper on compliance_session (lower(helper), started_at);
create index compliance_session_computer on compliance_session (lower(computer), started_at);

-- One row per event of the timeline, keyed by the event id (idempotent writes). A session's timeline is
-- its own rows, the rows of its invitation (invitation_id) and the policy rows of the policy objects that
-- applied to its computer (gpo_id) while it ran.
create table compliance_entry (
    entry_id      varchar(128)  not null primary key,
    global_index  bigint        not null,
    sub_index     integer       not null default 0,
    occurred_at   timestamptz   not null,
    context       varchar(16)   not null,
    event_type    varchar(128)  not null,
    session_id    varchar(64),
    invitation_id varchar(64),
    gpo_id        varchar(64),
    actor         varchar(255)  not null,
    summary       varchar(1024) not null,
    detail        text
);
create index compliance_entry_session on compliance_entry (session_id, global_index);
create index compliance_entry_invitation on compliance_entry (invitation_id, global_index);
create index compliance_entry_gpo on compliance_entry (gpo_id, occurred_at);

-- The policy in effect for a session's computer, captured once when the projection first handles the
-- session's request. Not emptied by a reset: a replay reuses it, so a rebuilt timeline shows the policy of
-- the time and not today's.
create table compliance_policy_snapshot (
    session_id   varchar(64)   not null primary key,
    computer     varchar(255)  not null,
    requested_at timestamptz   not null,
    captured_at  timestamptz   not null,
    gpo_ids      varchar(4096) not null,
    summary      varchar(1024) not null,
    detail       text          not null
);
